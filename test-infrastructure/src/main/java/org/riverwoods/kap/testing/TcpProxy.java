package org.riverwoods.kap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP forwarder on the loopback interface, for cutting a service off from a server it depends on
 * (its database, its broker) and letting it back in, while the server itself keeps running.
 *
 * <p>{@link #refuse()} stops listening, so that a new connection is refused at once, and resets
 * every open connection: to the client this looks like a server that crashed or a network that
 * dropped. {@link #resume()} listens again on the same port, so the client's configuration stays
 * valid. Bytes are passed on unchanged, in both directions, half-closes included.
 * {@link #delay(long)} holds every chunk for a while before passing it on: a slow network on loopback,
 * without any privilege.
 *
 * <p>Threads are daemons: one listener, and two per open connection. At most
 * {@value #MAX_CONNECTIONS} connections are open at once; more are closed on arrival.
 */
public final class TcpProxy implements AutoCloseable {

    public static final int MAX_CONNECTIONS = 256;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int BUFFER_BYTES = 16 * 1024;
    /** A port just released can be briefly unavailable; waiting this long covers it. */
    private static final long REBIND_PATIENCE_MILLIS = 5_000;

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicInteger linkIds = new AtomicInteger();
    /** Added to each chunk forwarded, in either direction (0: none). */
    private volatile long delayMillis;

    // guarded by this: the current listener (null while refusing) and whether close() was called
    private ServerSocket listener;
    private boolean closed;

    private TcpProxy(String targetHost, int targetPort, ServerSocket listener) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = listener.getLocalPort();
        this.listener = listener;
        listen(listener);
    }

    /** Starts forwarding a free loopback port to {@code targetHost:targetPort}. */
    public static TcpProxy start(String targetHost, int targetPort) {
        try {
            return new TcpProxy(targetHost, targetPort, bind(0));
        } catch (IOException e) {
            throw new IllegalStateException("Could not open a loopback port for the proxy", e);
        }
    }

    /** The loopback port clients connect to. */
    public int port() {
        return port;
    }

    /** The port as a {@code host:port} address (for Kafka bootstrap servers, for example). */
    public String address() {
        return InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    /** Refuses new connections and resets the open ones. Does nothing if already refusing. */
    public void refuse() {
        List<Link> open;
        synchronized (this) {
            closeQuietly(listener);
            listener = null;
            open = List.copyOf(links);
        }
        open.forEach(Link::reset);
    }

    /** Listens again, on the same port. Does nothing if already listening. */
    public synchronized void resume() {
        if (closed) {
            throw new IllegalStateException("The proxy on port " + port + " is closed");
        }
        if (listener != null) {
            return;
        }
        long deadline = System.currentTimeMillis() + REBIND_PATIENCE_MILLIS;
        while (true) {
            try {
                listener = bind(port);
                listen(listener);
                return;
            } catch (BindException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Port " + port + " was taken while the proxy refused", e);
                }
                pause(50);
            } catch (IOException e) {
                throw new IllegalStateException("Could not listen on port " + port + " again", e);
            }
        }
    }

    /** From now on each chunk waits {@code millis} before it is passed on, both ways; 0 ends the delay. */
    public void delay(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("A delay cannot be negative");
        }
        delayMillis = millis;
    }

    public synchronized boolean isRefusing() {
        return listener == null;
    }

    /** Connections currently forwarded. */
    public int openConnections() {
        return links.size();
    }

    /** Connections accepted since the start, including those closed since. */
    public long acceptedConnections() {
        return accepted.get();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        refuse();
    }

    @Override
    public String toString() {
        return "TcpProxy[" + port + " -> " + targetHost + ":" + targetPort + "]";
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private void listen(ServerSocket socket) {
        daemon("tcp-proxy-" + port + "-listener", () -> accept(socket)).start();
    }

    private void accept(ServerSocket socket) {
        while (true) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // closed by refuse() or close()
            }
            accepted.incrementAndGet();
            if (!slots.tryAcquire()) {
                resetQuietly(client);
                continue;
            }
            Link link = new Link(client, linkIds.incrementAndGet());
            synchronized (this) {
                // accepted just before refuse() closed this listener: it must not outlive the refusal
                if (listener != socket) {
                    link.reset();
                    continue;
                }
                links.add(link);
            }
            daemon("tcp-proxy-" + port + "-" + link.id + "-out", link::connectAndForward).start();
        }
    }

    /** One client connection and its connection to the target. */
    private final class Link {

        private final Socket client;
        private final int id;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicInteger pumping = new AtomicInteger(2);
        private volatile Socket server;

        Link(Socket client, int id) {
            this.client = client;
            this.id = id;
        }

        void connectAndForward() {
            Socket target = new Socket();
            try {
                target.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                target.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                closeQuietly(target);
                reset();
                return;
            }
            server = target;
            if (closed.get()) { // reset while connecting
                closeQuietly(target);
                return;
            }
            daemon("tcp-proxy-" + port + "-" + id + "-in", () -> pump(target, client)).start();
            pump(client, target);
        }

        private void pump(Socket from, Socket to) {
            byte[] buffer = new byte[BUFFER_BYTES];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    long delay = delayMillis;
                    if (delay > 0) {
                        Thread.sleep(delay);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
                to.shutdownOutput(); // pass the half-close on; the other direction may still talk
            } catch (IOException e) {
                reset(); // one side broke: the other must learn it too
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reset();
                return;
            }
            if (pumping.decrementAndGet() == 0) {
                finish(false);
            }
        }

        /** Closes both sides at once, the client's with a reset, as a dropped connection looks. */
        void reset() {
            finish(true);
        }

        private void finish(boolean hard) {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            if (hard) {
                resetQuietly(client);
            } else {
                closeQuietly(client);
            }
            closeQuietly(server);
            links.remove(this); // absent if refused on arrival
            slots.release();
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void resetQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // RST instead of FIN
        } catch (IOException ignored) {
            // already closed
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all that is wanted
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for port to be free", e);
        }
    }
}
