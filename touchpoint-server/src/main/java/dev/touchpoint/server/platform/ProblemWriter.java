package dev.touchpoint.server.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds RFC 9457 problem details with our {@code type} URIs and titles in the reader's language,
 * and writes them where no message converter does (filters, the error controller).
 */
@Component
public class ProblemWriter {

    public static final String TYPE_BASE = "https://touchpoint.dev/problems/";

    private final MessageSource messages;
    private final ObjectMapper json;

    ProblemWriter(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem of {@code status} with type {@code TYPE_BASE + type} and the title of {@code titleKey}. */
    public ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(text(titleKey, status.getReasonPhrase()));
        return body;
    }

    /** The message {@code key} in the reader's language, {@code fallback} when it is missing. */
    public String text(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }

    /**
     * Gives a framework's problem (Spring's {@code about:blank} ones) our type and a title in the
     * reader's language for its status.
     */
    ProblemDetail typed(ProblemDetail problem) {
        var status = HttpStatus.resolve(problem.getStatus());
        if (status != null
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(TYPE_BASE + slug(status)));
            problem.setTitle(text(titleKey(status), status.getReasonPhrase()));
        }
        return problem;
    }

    ProblemDetail tooLarge(BodyTooLargeException e) {
        var body = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "problem.tooLarge",
                text("problem.tooLarge.detail", e.getMessage(), e.readableLimit()));
        body.setProperty("limitBytes", e.limitBytes());
        return body;
    }

    /** Writes {@code problem} as {@code application/problem+json} with its status and length. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        var bytes = bytes(problem, request.getRequestURI());
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The JSON of {@code problem}; {@code instance} when the problem names none. */
    byte[] bytes(ProblemDetail problem, String instance) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        body.put(
                "instance",
                problem.getInstance() != null ? problem.getInstance().toString() : instance);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return json.writeValueAsBytes(body);
    }

    static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no-such-path";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case CONTENT_TOO_LARGE -> "too-large";
            case BAD_REQUEST -> "bad-request";
            default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
        };
    }

    static String titleKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "problem.noSuchPath";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case NOT_ACCEPTABLE -> "problem.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupportedMediaType";
            case CONTENT_TOO_LARGE -> "problem.tooLarge";
            case BAD_REQUEST -> "problem.badRequest";
            default -> status.is5xxServerError() ? "problem.internal" : "problem.http." + status.value();
        };
    }
}
