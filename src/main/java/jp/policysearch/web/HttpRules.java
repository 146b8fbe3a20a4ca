package jp.policysearch.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import jp.policysearch.ErrorCode;
import jp.policysearch.Json;

/**
 * The HTTP rules every route gets without asking, applied as a servlet filter in front of Javalin: security headers
 * on every response, HEAD answered as GET without the body (Jetty drops the body of a HEAD and keeps the headers), 405
 * with {@code Allow} for other methods and OPTIONS, and a 301 to the one canonical form of a path (no trailing slash,
 * no doubled or percent-encoded slash). Caching is {@link Caching}'s.
 */
final class HttpRules implements Filter {

    static final String ALLOW = "GET, HEAD, OPTIONS";
    /** For everything that is not an HTML page; pages replace it with {@link PageRenderer#CSP}. */
    static final String CSP_NONE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", CSP_NONE,
            "Vary", "Accept-Encoding");

    private static final Pattern SLASHES = Pattern.compile("(?i)%2F|/{2,}");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private final Predicate<String> routeExists;

    /** @param routeExists whether a GET route (or static file folder) serves the given path */
    HttpRules(Predicate<String> routeExists) {
        this.routeExists = routeExists;
    }

    static void addHeaders(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        addHeaders(response);
        String raw = request.getRequestURI();
        String canonical = canonicalPath(raw);
        String method = request.getMethod();
        if (!canonical.equals(raw) && READ_METHODS.contains(method)) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", canonical + (query == null ? "" : "?" + query));
            response.setHeader("Cache-Control", "public, max-age=86400");
            return;
        }
        if ("HEAD".equals(method)) {
            chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public String getMethod() {
                            return "GET";
                        }
                    },
                    response);
            return;
        }
        if (!"GET".equals(method)) {
            boolean known = routeExists.test(raw);
            if ("OPTIONS".equals(method) && known) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                response.setHeader("Allow", ALLOW);
                response.setHeader("Cache-Control", "public, max-age=86400");
            } else if (known) {
                response.setHeader("Allow", ALLOW);
                error(response, ErrorCode.METHOD_NOT_ALLOWED);
            } else {
                error(response, ErrorCode.NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The one form of a path this service answers with 200: doubled and percent-encoded slashes made single, no slash
     * at the end (but the root). Section ids hold slashes, so {@code /s/a%2Fb} and {@code /s/a/b/} are the same page.
     */
    static String canonicalPath(String raw) {
        String path = SLASHES.matcher(raw).replaceAll("/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    static void error(HttpServletResponse response, ErrorCode code) throws IOException {
        byte[] body = Json.mapper()
                .writeValueAsBytes(Map.of("error", Map.of("code", code.code(), "message", code.message())));
        response.setStatus(code.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
