package jp.policysearch.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder a test controls, standing in for a cluster that goes away and comes back: {@link #start} listens
 * on a port and pipes to the target, {@link #stop} closes the listener and every open connection, {@code silent}
 * accepts connections but never answers (a hung node).
 */
public final class Forwarder implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public Forwarder(int port, int targetPort) {
        this.port = port;
        this.targetPort = targetPort;
    }

    /** A forwarder on a free port, not yet listening. */
    public static Forwarder onFreePort(int targetPort) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new Forwarder(probe.getLocalPort(), targetPort);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized void start(boolean silent) {
        start(silent, Duration.ZERO);
    }

    /** Forwards every new connection only after {@code delay}: a node on a busy machine, slow but answering. */
    public synchronized void startDelayed(Duration delay) {
        start(false, delay);
    }

    private void start(boolean silent, Duration delay) {
        // the previous listener's descriptor is released when its accepting thread wakes up: retry for a moment
        for (int attempt = 0; ; attempt++) {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
                listener = socket;
                Thread.ofPlatform().daemon().start(() -> accept(socket, silent, delay));
                return;
            } catch (IOException e) {
                if (attempt >= 50) {
                    throw new IllegalStateException("cannot listen on " + port, e);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
    }

    public synchronized void stop() {
        try {
            if (listener != null) {
                listener.close();
            }
        } catch (IOException e) {
            // closing
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket socket, boolean silent, Duration delay) {
        while (!socket.isClosed()) {
            try {
                Socket in = socket.accept();
                synchronized (this) {
                    // a closing listener can still hand over a connection the kernel accepted: refuse it, as a
                    // stopped node would
                    if (socket.isClosed()) {
                        closeQuietly(in);
                        return;
                    }
                    open.add(in);
                }
                if (silent) {
                    continue; // hold the connection, read nothing, answer nothing
                }
                Thread.ofVirtual().start(() -> connect(in, delay));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket in, Duration delay) {
        try {
            Thread.sleep(delay);
            Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            open.add(out);
            Thread.ofVirtual().start(() -> pipe(in, out));
            Thread.ofVirtual().start(() -> pipe(out, in));
        } catch (IOException e) {
            closeQuietly(in);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(in);
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // connection closed
        } finally {
            closeQuietly(to);
            closeQuietly(from);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // ignore
        }
    }
}
