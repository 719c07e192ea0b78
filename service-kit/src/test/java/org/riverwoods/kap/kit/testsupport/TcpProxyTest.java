package org.riverwoods.kap.kit.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riverwoods.kap.testing.TcpProxy;

/** The proxy the outage tests rely on: it forwards faithfully, cuts completely, and comes back on its port. */
class TcpProxyTest {

    private ServerSocket server;
    private TcpProxy proxy;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread echo = new Thread(this::echoAfterEndOfInput, "echo-server");
        echo.setDaemon(true);
        echo.start();
        proxy = TcpProxy.start(InetAddress.getLoopbackAddress().getHostAddress(), server.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        server.close();
    }

    @Test
    void bytesAndTheEndOfInputPassBothWays() throws IOException {
        assertEquals("hello through the proxy", exchange("hello through the proxy"));
        String large = "x".repeat(200_000);
        assertEquals(large, exchange(large), "more than one buffer, in order");
    }

    @Test
    void refusingResetsOpenConnectionsAndRefusesNewOnesUntilResumed() throws IOException {
        try (Socket open = connect()) {
            open.getOutputStream().write("waiting".getBytes(StandardCharsets.UTF_8));
            Eventually.until("the connection is forwarded", Duration.ofSeconds(5), () -> proxy.openConnections() == 1);

            proxy.refuse();

            assertTrue(endsOrBreaks(open.getInputStream()), "the open connection is cut");
            assertThrows(ConnectException.class, this::connect, "a new connection is refused");
            assertEquals(0, proxy.openConnections());
        }
        int port = proxy.port();
        proxy.resume();
        assertEquals(port, proxy.port());
        assertEquals("back again", exchange("back again"));
    }

    @Test
    void aDelayHoldsEveryChunkAndEndsWhenSetToZero() throws IOException {
        proxy.delay(300);
        long slow = System.nanoTime();
        assertEquals("slow network", exchange("slow network"));
        long slowMillis = (System.nanoTime() - slow) / 1_000_000;
        assertTrue(slowMillis >= 600, "a chunk each way, each held 300 ms: " + slowMillis + " ms");

        proxy.delay(0);
        long fast = System.nanoTime();
        assertEquals("fast again", exchange("fast again"));
        assertTrue((System.nanoTime() - fast) / 1_000_000 < 300, "no delay once set back to 0");
        assertThrows(IllegalArgumentException.class, () -> proxy.delay(-1));
    }

    private String exchange(String text) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** True if the stream ends or breaks; a read timeout (still connected) propagates and fails the test. */
    private static boolean endsOrBreaks(InputStream in) throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    /** Reads a connection to its end, then sends everything back and closes: shows that half-closes pass. */
    private void echoAfterEndOfInput() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread worker = new Thread(() -> {
                    try (client) {
                        ByteArrayOutputStream received = new ByteArrayOutputStream();
                        client.getInputStream().transferTo(received);
                        client.getOutputStream().write(received.toByteArray());
                    } catch (IOException ignored) {
                        // the proxy cut it: that is what some tests do
                    }
                });
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
