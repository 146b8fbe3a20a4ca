package jp.policysearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.util.Map;
import jp.policysearch.ErrorCode;
import jp.policysearch.Json;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before a request reaches Javalin (set on the server and on the servlet context, which
 * checks the URI): a path with a broken percent-escape, a request line too long or with a raw space. They get the
 * same {@code {"error": {"code", "message"}}} shape and the same security headers as every other error, on every path
 * (a person never types such a URL; a broken link or client does), not Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int code = status(request.getAttribute(ERROR_STATUS) instanceof Integer status ? status : response.getStatus());
        byte[] body = body(code);
        ServletContextRequest servlet = Request.as(request, ServletContextRequest.class);
        if (servlet != null) {
            // inside the servlet context the answer must go through the servlet response, or it is dropped
            HttpServletResponse out = servlet.getHttpServletResponse();
            HttpRules.addHeaders(out);
            out.setHeader("Cache-Control", "no-store");
            out.setStatus(code);
            out.setContentType("application/json; charset=utf-8");
            out.setContentLength(body.length);
            out.getOutputStream().write(body);
            out.getOutputStream().close();
            callback.succeeded();
            return true;
        }
        response.setStatus(code);
        HttpRules.HEADERS.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /**
     * A request line Jetty's parser rejects never becomes a request; its answer is built here. Jetty cannot change
     * the status at this point, so a raw space in the path (read as an unknown HTTP version, 505) is answered by
     * {@link #status} only where Jetty asks this handler; see {@code HttpConfiguration} in {@link WebServer}.
     */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        HttpRules.HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(body(status(status)));
    }

    /** A request line Jetty reads as an unknown HTTP version holds a raw space: the client's mistake, a 400. */
    static int status(int status) {
        return status == 505 ? 400 : status;
    }

    private static byte[] body(int code) {
        ErrorCode error = switch (code) {
            case 400 -> ErrorCode.BAD_REQUEST;
            case 404 -> ErrorCode.NOT_FOUND;
            case 414, 431 -> ErrorCode.REQUEST_TOO_LARGE;
            default -> ErrorCode.REQUEST_FAILED;
        };
        try {
            return Json.mapper()
                    .writeValueAsBytes(Map.of("error", Map.of("code", error.code(), "message", error.message())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
