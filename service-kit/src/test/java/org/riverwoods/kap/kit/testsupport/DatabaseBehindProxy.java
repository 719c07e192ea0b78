package org.riverwoods.kap.kit.testsupport;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.riverwoods.kap.testing.RealServices;
import org.riverwoods.kap.testing.TcpProxy;

/**
 * The real broker and database, but the application reaches its database through a
 * {@link TcpProxy} that a test can cut and restore; the proxy is injected into the test's
 * {@code TcpProxy} field.
 *
 * <p>Started after the global {@link RealServicesForKit} (a higher {@link #order()}), so that
 * its datasource URL is the one the application gets.
 */
public class DatabaseBehindProxy extends RealServices {

    private TcpProxy proxy;

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", RealServicesForKit.DATABASE));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        URI database = URI.create(config.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
        proxy = TcpProxy.start(database.getHost(), database.getPort());
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + proxy.address() + database.getPath());
        return config;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
