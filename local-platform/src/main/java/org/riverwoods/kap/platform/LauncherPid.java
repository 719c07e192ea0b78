package org.riverwoods.kap.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The pid file that tells {@code stop} and {@code status} which process the running launcher is. */
final class LauncherPid {

    private final Path file;

    LauncherPid(Path file) {
        this.file = file;
    }

    /** The live launcher named by the pid file, if any. */
    Optional<ProcessHandle> running() {
        return readPid().flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(LauncherPid::looksLikeLauncher);
    }

    void writeCurrent() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, ProcessHandle.current().pid() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Removes the file unless another launcher has taken it over meanwhile. */
    void removeIfCurrent() {
        if (readPid().filter(pid -> pid == ProcessHandle.current().pid()).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale file is harmless: the next run checks whether its pid is alive
            }
        }
    }

    /** Removes a file left by a launcher that was killed without a chance to clean up. */
    void removeIfStale() {
        if (running().isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // harmless, as above
            }
        }
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** After a reboot a stale pid file may name an unrelated process that got the same pid. */
    private static boolean looksLikeLauncher(ProcessHandle process) {
        return process.info().commandLine()
                .map(command -> command.contains("LocalPlatform") || command.contains("local-platform"))
                .orElse(true);
    }
}
