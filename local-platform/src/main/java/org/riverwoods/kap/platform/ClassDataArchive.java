package org.riverwoods.kap.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A dynamic class-data-sharing archive of one built service (AppCDS): the first start writes it
 * when the service stops ({@code -XX:ArchiveClassesAtExit}), every later start maps it
 * ({@code -XX:SharedArchiveFile}) instead of loading and verifying the same classes again. It lives
 * beside the build ({@code target/local-platform-cds/}), named after the build's files, so
 * {@code --reset} keeps it and a rebuild starts a new one. A JVM that finds the archive unusable
 * warns and starts without it.
 */
final class ClassDataArchive {

    private final Path file;

    private ClassDataArchive(Path file) {
        this.file = file;
    }

    static ClassDataArchive of(Path serviceJar) {
        Path app = serviceJar.getParent();
        Path dir = app.getParent().resolve("local-platform-cds");
        return new ClassDataArchive(dir.resolve("classes-" + Long.toHexString(fingerprint(app)) + ".jsa"));
    }

    /** The JVM option: map the archive if it is there, else write it at exit. */
    String option() {
        if (Files.isRegularFile(file)) {
            return "-XX:SharedArchiveFile=" + file;
        }
        try {
            Files.createDirectories(file.getParent());
            try (Stream<Path> old = Files.list(file.getParent())) {
                old.filter(p -> p.getFileName().toString().endsWith(".jsa")).forEach(ClassDataArchive::delete);
            }
        } catch (IOException e) {
            return "-Xshare:auto"; // no archive this time; the JVM's own default
        }
        return "-XX:ArchiveClassesAtExit=" + file;
    }

    /** Sizes and modification times of the build's jars: any rebuild changes it. */
    private static long fingerprint(Path app) {
        try (Stream<Path> files = Files.walk(app)) {
            return files.filter(p -> p.toString().endsWith(".jar") || p.toString().endsWith(".dat")).sorted()
                    .mapToLong(p -> {
                        try {
                            return p.toString().hashCode() * 31L + Files.size(p) * 17L
                                    + Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return 0;
                        }
                    }).reduce(1, (a, b) -> a * 1_000_003L + b);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // an old archive left behind costs only disk
        }
    }
}
