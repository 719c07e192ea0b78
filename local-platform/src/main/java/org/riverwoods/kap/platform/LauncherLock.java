package org.riverwoods.kap.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per repository. A pid file alone would let two launchers started together both
 * see "nothing running"; an exclusive file lock cannot, and the operating system releases it
 * when the launcher dies, however it dies.
 */
final class LauncherLock {

    static final String FILE_NAME = "launcher.lock";

    /** Kept open, and so locked, for the life of the JVM. */
    private static FileChannel held;

    private LauncherLock() {
    }

    static synchronized boolean tryAcquire(PlatformHome home) {
        Path file = home.dataDir().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            held = channel;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + file, e);
        }
    }
}
