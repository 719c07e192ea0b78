package org.riverwoods.kap.platform;

import java.util.List;

/**
 * One service of the platform: its Maven module, HTTP port and own database.
 *
 * <p>The role and the password of the database are its name: these databases only ever hold
 * development data on a developer's machine.
 */
record ServiceSpec(String name, int port, String database) {

    /**
     * Every service, in start order.
     */
    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("intake-service", 8081, "intake"),
            new ServiceSpec("treatment-service", 8082, "treatment"),
            new ServiceSpec("infusion-service", 8083, "infusion"),
            new ServiceSpec("outcomes-service", 8084, "outcomes"));

    /** The clinic console: no database of its own, it calls the four services' APIs. */
    static final ServiceSpec CONSOLE = new ServiceSpec("clinic-console", 8080, null);

    /** The four services, then the console: everything the launcher starts from a built jar. */
    static final List<ServiceSpec> STARTED = java.util.stream.Stream.concat(ALL.stream(), java.util.stream.Stream.of(CONSOLE))
            .toList();

    boolean isConsole() {
        return database == null;
    }

    String user() {
        return database;
    }

    String password() {
        return database;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String readyUrl() {
        return baseUrl() + "/q/health/ready";
    }
}
