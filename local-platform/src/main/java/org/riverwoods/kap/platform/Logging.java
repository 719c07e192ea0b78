package org.riverwoods.kap.platform;

import org.slf4j.LoggerFactory;

/** Pins the logging set-up before any library logs, for the launcher and the broker JVM alike. */
final class Logging {

    /** lib/ holds two SLF4J providers (log4j and jboss-logmanager); SLF4J would take whichever comes first. */
    static final String SLF4J_PROVIDER = "org.apache.logging.slf4j.SLF4JServiceProvider";
    static final String LAUNCHER_CONFIG = "classpath:org/riverwoods/kap/platform/launcher-log4j2.xml";
    static final String BROKER_CONFIG = "classpath:org/riverwoods/kap/platform/kafka-log4j2.xml";

    private Logging() {
    }

    static void configure() {
        setIfAbsent("slf4j.provider", SLF4J_PROVIDER);
        // SLF4J otherwise announces the provider it was told to use on every start
        setIfAbsent("slf4j.internal.verbosity", "WARN");
        // kafka-test-common-runtime ships a log4j2.yaml that would otherwise win over our configuration
        setIfAbsent("log4j2.configurationFile", LAUNCHER_CONFIG);
        setIfAbsent("org.jboss.logging.provider", "slf4j");
    }

    /** For {@code run}: log4j cannot start once a Ctrl+C has begun the JVM's shutdown, so start it now. */
    static void startNow() {
        LoggerFactory.getLogger(LocalPlatform.class);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
