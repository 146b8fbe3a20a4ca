package jp.policysearch.web;

import java.nio.ByteBuffer;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.util.Callback;

import jp.policysearch.Json;

/**
 * Errors Jetty raises before a request reaches Javalin (set on the server and on the servlet context, which
 * checks the URI) (a path with a broken percent-escape, a request line too
 * long): for the API they get the same {@code {"error": {"code", "message"}}} shape as every other API error, not
 * Jetty's HTML page. Other paths keep Jetty's page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path;
        try {
            path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        } catch (RuntimeException e) {
            path = null; // a path that cannot even be read is an API client's broken request
        }
        if (path != null && !path.startsWith("/api/") && !path.equals("/healthz") && !path.equals("/readyz")) {
            return super.handle(request, response, callback);
        }
        int code = request.getAttribute(ERROR_STATUS) instanceof Integer status ? status : response.getStatus();
        byte[] body = body(code);
        ServletContextRequest servlet = Request.as(request, ServletContextRequest.class);
        if (servlet != null) {
            // inside the servlet context the answer must go through the servlet response, or it is dropped
            HttpServletResponse out = servlet.getHttpServletResponse();
            out.setStatus(code);
            out.setContentType("application/json; charset=utf-8");
            out.setContentLength(body.length);
            out.getOutputStream().write(body);
            out.getOutputStream().close();
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** A request line Jetty's parser rejects never becomes a request; its answer is built here. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        Map<String, String> error = switch (code) {
            case 400 -> Map.of("code", "bad_request",
                    "message", "リクエストの形式が正しくありません。URLの文字のエンコードを確認してください。");
            case 414, 431 -> Map.of("code", "request_too_large", "message", "URLが長すぎます。検索語や条件を減らしてください。");
            default -> Map.of("code", "http_" + code, "message", "リクエストを処理できませんでした。");
        };
        try {
            return Json.mapper().writeValueAsBytes(Map.of("error", error));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
