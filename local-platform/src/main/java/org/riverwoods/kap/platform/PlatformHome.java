package org.riverwoods.kap.platform;

import java.nio.file.Path;

/** Where the repository is and where the platform keeps its data, logs and pid file. */
record PlatformHome(Path repo) {

    static PlatformHome fromSystemProperties() {
        return new PlatformHome(Path.of(System.getProperty("kap.home", ".")).toAbsolutePath().normalize());
    }

    Path dataDir() {
        return repo.resolve(".platform");
    }

    Path postgresDir() {
        return dataDir().resolve("postgres");
    }

    Path kafkaDir() {
        return dataDir().resolve("kafka");
    }

    Path logsDir() {
        return dataDir().resolve("logs");
    }

    Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    Path launcherPidFile() {
        return dataDir().resolve("launcher.pid");
    }

    Path serviceJar(ServiceSpec service) {
        return repo.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** A path as the user would type it from the repository root. */
    String shown(Path path) {
        return path.startsWith(repo) ? repo.relativize(path).toString() : path.toString();
    }
}
