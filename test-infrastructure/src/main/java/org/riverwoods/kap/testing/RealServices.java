package org.riverwoods.kap.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource pointing a service at the real broker and database shared by the JVM.
 *
 * <p>Init arg {@code database} names the service's own database. The servers are never stopped
 * here: they outlive application restarts and are stopped by the JVM's shutdown hooks.
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", TestPostgres.user());
        config.put("quarkus.datasource.password", TestPostgres.password());
        config.put("mp.jwt.verify.publickey.location", "dev-jwt/publicKey.pem");
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole JVM: see class comment
    }
}
