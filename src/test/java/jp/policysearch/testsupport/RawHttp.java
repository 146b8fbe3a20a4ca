package jp.policysearch.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, for requests Java's client refuses to send: any method, a target with broken escapes
 * or a raw space, a {@code Host} header of our choosing. The connection closes after the answer, so no chunking.
 */
public final class RawHttp {

    /** @param headers lower-case names; the last value of a repeated header wins */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    public static Answer send(int port, String method, String target, String... headerLines) {
        StringBuilder request =
                new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\n");
        boolean host = false;
        for (String line : headerLines) {
            request.append(line).append("\r\n");
            host |= line.toLowerCase(Locale.ROOT).startsWith("host:");
        }
        if (!host) {
            request.append("Host: localhost\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                throw new AssertionError("no complete response to " + method + " " + target + ": " + response);
            }
            String[] lines = response.substring(0, headEnd).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, response.substring(headEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException("request " + method + " " + target + " failed", e);
        }
    }
}
