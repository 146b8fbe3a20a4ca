package jp.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;
import jp.policysearch.search.LiveIndex;
import jp.policysearch.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validators and freshness for every answer read from the index: the ETag and Last-Modified come from the live
 * index's build (so a re-index changes them, seen within {@link LiveIndex#MAX_AGE}), the server's start (new
 * templates), the synonyms file (re-read without re-indexing) and the day (citations carry an access date). A request
 * whose validators match gets 304 before any search runs. Cache-Control is short for searches, longer for pages of
 * one build, and {@code no-store} for health, status and errors.
 */
final class Caching {

    private static final Logger log = LoggerFactory.getLogger(Caching.class);

    static final String SHORT = "public, max-age=60";
    static final String LONG = "public, max-age=3600";
    static final String NO_STORE = "no-store";

    /** Answers that change with every query: results, feeds, exports. */
    private static final Set<String> SEARCHES = Set.of("/", "/search", "/search.atom", "/api/search", "/api/export");
    /** Answers about the running service, never to be reused. */
    private static final Set<String> LIVE = Set.of("/healthz", "/readyz", "/api/status");
    /** Answers that do not read the index: the server's start is their only version. */
    private static final Set<String> FIXED = Set.of("/api/openapi.json", "/robots.txt", "/favicon.ico");

    private final LiveIndex index;
    private final Path synonyms;
    private final Instant started;
    private final Clock clock;

    Caching(LiveIndex index, Path synonyms, Clock clock) {
        this.index = index;
        this.synonyms = synonyms;
        this.clock = clock;
        this.started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Before a matched GET route runs: set validators and Cache-Control, or answer 304 at once. */
    void before(Context ctx) {
        if (ctx.method() != HandlerType.GET) {
            return;
        }
        String path = ctx.path();
        if (LIVE.contains(path)) {
            ctx.header("Cache-Control", NO_STORE);
            return;
        }
        ctx.header("Cache-Control", SEARCHES.contains(path) ? SHORT : LONG);
        Validators v = validators(FIXED.contains(path));
        if (v == null) {
            return; // the index cannot be asked: the route answers (usually 503) without validators
        }
        ctx.header("ETag", v.etag());
        ctx.header(
                "Last-Modified",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(v.lastModified().atZone(ZoneOffset.UTC)));
        if (notModified(ctx, v)) {
            ctx.status(304);
            ctx.skipRemainingHandlers();
        }
    }

    /** After every request: errors are never stored and carry no validators; a 503 says when to retry. */
    static void after(Context ctx) {
        int status = ctx.statusCode();
        if (status >= 400) {
            ctx.res().setHeader("ETag", null);
            ctx.res().setHeader("Last-Modified", null);
            ctx.header("Cache-Control", NO_STORE);
        }
        if (status == 503) {
            ctx.header("Retry-After", ErrorHandling.RETRY_AFTER_SECONDS);
        }
    }

    record Validators(String etag, Instant lastModified) {}

    /** The validators now, or null when the live index cannot be read. */
    Validators validators(boolean fixed) {
        Instant last = started;
        StringBuilder key = new StringBuilder(started.toString());
        if (!fixed) {
            LiveIndex.Version version;
            try {
                version = index.recent();
            } catch (SearchUnavailableException e) {
                log.debug("No validators: {}", e.getMessage());
                return null;
            }
            if (version != null) {
                key.append('|').append(version.index()).append('|').append(version.corpusHash());
                if (version.builtAt() != null) {
                    key.append('|').append(version.builtAt());
                    last = later(last, version.builtAt());
                }
            }
            Instant edited = synonymsEdited();
            key.append('|').append(edited);
            last = later(last, edited);
            LocalDate today = LocalDate.now(clock);
            key.append('|').append(today);
            last = later(last, today.atStartOfDay(clock.getZone()).toInstant());
        }
        return new Validators(
                "W/\"" + sha256(key.toString()).substring(0, 20) + "\"", last.truncatedTo(ChronoUnit.SECONDS));
    }

    private Instant synonymsEdited() {
        try {
            return Files.getLastModifiedTime(synonyms).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** RFC 9110 13.1: If-None-Match (weak comparison) wins over If-Modified-Since. */
    static boolean notModified(Context ctx, Validators v) {
        String match = ctx.header("If-None-Match");
        if (match != null) {
            String ours = opaque(v.etag());
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        String since = ctx.header("If-Modified-Since");
        if (since == null) {
            return false;
        }
        try {
            Instant when = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !v.lastModified().isAfter(when);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as the RFC says
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
