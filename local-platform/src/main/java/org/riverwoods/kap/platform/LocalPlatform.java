package org.riverwoods.kap.platform;

import java.util.Arrays;
import java.util.List;

/**
 * Runs the whole platform on a developer's machine: PostgreSQL, a Kafka broker and every built
 * service, with their data kept in {@code <repo>/.platform/} between runs.
 *
 * <p>Commands: {@code run [--reset]}, {@code stop}, {@code status}, {@code token <role> [patientId]},
 * {@code events [topic ...]}, {@code dead-letters ...}, {@code demo}, {@code bench}.
 * The repository root comes from the {@code kap.home} system property (the {@code platform} script
 * sets it), or the working directory.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) {
        Logging.configure();
        PlatformHome home = PlatformHome.fromSystemProperties();
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exitCode;
        try {
            exitCode = switch (command) {
                case "run" -> new RunCommand(home).run(options);
                case "stop" -> new StopCommand(home).run();
                case "status" -> new StatusCommand(home).run();
                case "token" -> TokenCommand.run(options);
                case "events" -> EventsCommand.run(options);
                case "dead-letters" -> DeadLettersCommand.run(options);
                case "demo" -> DemoCommand.run();
                case "bench" -> runBench(home);
                default -> usage(command);
            };
        } catch (LaunchException e) {
            System.err.println("ERROR: " + e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static int runBench(PlatformHome home) {
        try {
            return new BenchCommand(home).run();
        } catch (LaunchException e) {
            throw e;
        } catch (Exception e) {
            System.err.println("ERROR: the benchmark failed: " + e);
            return 1;
        }
    }

    private static int usage(String command) {
        if (!List.of("help", "--help", "-h").contains(command)) {
            System.err.println("Unknown command '" + command + "'.");
        }
        System.err.println("""
                Usage: ./platform <command>
                  run [--reset] [--rebuild]   start PostgreSQL, Kafka and every built service; Ctrl+C stops all
                                              --reset deletes the data in .platform/ first
                                              --rebuild runs the Maven build first (the script handles it)
                  stop                        stop a running platform
                  status                      show what runs and whether each service is ready
                  token <role> [patientId]    print a development bearer token, e.g. TOKEN=$(./platform token nurse)
                  events [topic ...]          print the CloudEvents on the local broker from the beginning; Ctrl+C stops
                  dead-letters [list] [service] [--all]
                                              the records a service's consumers could not process (unreplayed;
                                              --all: replayed too), of one service or of all
                  dead-letters show <service> <id>     one dead letter
                  dead-letters replay <service> <id>   replay it, once its cause is fixed (safe to repeat)
                  dead-letters replay-all [service]    replay every unreplayed one
                  demo                        play a whole patient journey against the running platform
                  bench                       start on fresh data, measure this machine's limits and the platform
                                              beside them (about 5 min), write docs/performance.md, stop
                """);
        return 2;
    }
}
