package org.riverwoods.kap.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a log file, shown when a component fails to start. */
final class LogTail {

    private LogTail() {
    }

    static void print(Path log, int lines) {
        List<String> tail = lastLines(log, lines);
        System.out.println("---- last " + tail.size() + " lines of " + log + " ----");
        tail.forEach(line -> System.out.println("  " + line));
        System.out.println("---- end of " + log.getFileName() + " ----");
    }

    static List<String> lastLines(Path log, int count) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - count), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
