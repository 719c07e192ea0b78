package org.riverwoods.kap.console.chairboard;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;
import org.riverwoods.kap.console.services.Service;
import org.riverwoods.kap.console.services.ServiceCalls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;

/**
 * The live board: for each browser, one upstream connection to infusion-service's chair-board
 * stream with that user's token, read on a worker thread; every ChairRow becomes an SSE event
 * {@code tile-<sessionId>} carrying the re-rendered tile. When the browser goes, the upstream goes.
 */
@ApplicationScoped
public class BoardStream {

    private static final Logger LOG = Logger.getLogger(BoardStream.class);
    /** A comment now and then: a browser that left is noticed at the next write. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chair-board-stream");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chair-board-keep-alive");
        t.setDaemon(true);
        return t;
    });

    @Inject
    ServiceCalls services;

    @Inject
    TileBuilder tiles;

    @Inject
    ObjectMapper json;

    /** Call on the request thread: the upstream request carries the signed-in user's token. */
    public Multi<OutboundSseEvent> follow(Viewer viewer, Sse sse) {
        HttpRequest upstream = services.request(Service.INFUSION, "/api/v1/chair-board/stream")
                .timeout(Duration.ofDays(1)) // an endless stream: only the connection may time out
                .setHeader("Accept", "text/event-stream").GET().build();
        return Multi.createFrom().emitter(emitter -> {
            ScheduledFuture<?> keepAlive = ticks.scheduleAtFixedRate(
                    () -> emitter.emit(sse.newEventBuilder().comment("keep-alive").build()),
                    KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
            AtomicReference<Stream<String>> lines = new AtomicReference<>();
            Future<?> reader = readers.submit(() -> {
                try {
                    HttpResponse<Stream<String>> response = services.http().send(upstream, HttpResponse.BodyHandlers.ofLines());
                    lines.set(response.body());
                    if (emitter.isCancelled()) {
                        response.body().close();
                        return;
                    }
                    if (response.statusCode() != 200) {
                        response.body().close();
                        LOG.warnf("The chair-board stream answered %d", response.statusCode());
                        emitter.complete();
                        return;
                    }
                    StringBuilder data = new StringBuilder();
                    response.body().forEach(line -> {
                        if (line.startsWith("data:")) {
                            data.append(data.length() == 0 ? "" : "\n").append(line.substring(5).stripLeading());
                        } else if (line.isEmpty() && data.length() > 0) {
                            OutboundSseEvent event = tileEvent(viewer, sse, data.toString());
                            data.setLength(0);
                            if (event != null) {
                                emitter.emit(event);
                            }
                        }
                    });
                    emitter.complete();
                } catch (Exception e) {
                    if (!emitter.isCancelled()) {
                        LOG.infof("The chair-board stream ended: %s", e.getClass().getSimpleName());
                        emitter.complete();
                    }
                }
            });
            emitter.onTermination(() -> {
                LOG.debug("A chair board left: closing its upstream stream");
                Stream<String> open = lines.get();
                if (open != null) {
                    open.close(); // closes the upstream connection
                }
                reader.cancel(true);
                keepAlive.cancel(false);
            });
        });
    }

    private OutboundSseEvent tileEvent(Viewer viewer, Sse sse, String data) {
        try {
            JsonNode row = json.readTree(data);
            String html = tiles.render(viewer, row, null);
            return sse.newEventBuilder().name("tile-" + row.path("sessionId").asText()).data(String.class, oneLine(html))
                    .build();
        } catch (Exception e) {
            LOG.warnf("A chair-board row could not be shown: %s", e.getClass().getSimpleName());
            return null;
        }
    }

    /** SSE data ends at a newline; HTML reads the same on one line. */
    static String oneLine(String html) {
        return html.replace("\r", "").replace('\n', ' ');
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
        ticks.shutdownNow();
    }
}
