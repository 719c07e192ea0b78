package org.riverwoods.kap.testing;

import java.util.Properties;
import java.util.function.Supplier;

/**
 * Keeps "already started" markers where every class loader of the JVM sees them.
 *
 * <p>Quarkus recreates the class loader of test resources when an application restarts (another
 * test profile, for example). A static field would then be empty again and a second broker and
 * database would start while the first leaked. System properties live as long as the JVM, so the
 * address of a running server is stored there, and a shutdown hook stops it when the JVM exits.
 */
final class JvmRegistry {

    private JvmRegistry() {
    }

    /** Returns the value registered under {@code key}, starting the server exactly once per JVM. */
    static String getOrStart(String key, Supplier<String> starter) {
        Properties jvmWide = System.getProperties();
        synchronized (jvmWide) {
            String existing = jvmWide.getProperty(key);
            if (existing != null) {
                return existing;
            }
            String started = starter.get();
            jvmWide.setProperty(key, started);
            return started;
        }
    }
}
