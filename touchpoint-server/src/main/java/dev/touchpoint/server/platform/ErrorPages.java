package dev.touchpoint.server.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Every error that no controller answered — an unknown path, a method or media type the path does
 * not take, an exception in a filter, the servlet container's own refusals — ends here. Under
 * {@code /api/} it is an RFC 9457 problem in the reader's language (never Spring's default
 * {@code {"timestamp":…}}); on a page, the friendly error page.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorAttributes errors;
    private final ProblemWriter problems;
    private final MessageSource messages;

    ErrorPages(ErrorAttributes errors, ProblemWriter problems, MessageSource messages) {
        this.errors = errors;
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        var status = status(request);
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        var error = errors.getError(new ServletWebRequest(request));
        if (!path.startsWith("/api/") && !path.startsWith("/actuator/")) {
            if (status.is5xxServerError()) {
                log.error("Error {} on the page {} {}", status.value(), request.getMethod(), uri, error);
            }
            var page = new ModelAndView("error", status);
            page.addObject("status", status.value());
            return page;
        }
        var problem = problem(status, error, request);
        problem.setInstance(URI.create(uri));
        return new ModelAndView((View) (model, req, response) -> problems.write(req, response, problem));
    }

    private ProblemDetail problem(HttpStatus status, Throwable error, HttpServletRequest request) {
        if (error instanceof BodyTooLargeException tooLarge) {
            return problems.tooLarge(tooLarge);
        }
        if (error instanceof ErrorResponse response) {
            var body = response.updateAndGetBody(messages, LocaleContextHolder.getLocale());
            var typed = problems.problem(
                    status, ProblemWriter.slug(status), ProblemWriter.titleKey(status), body.getDetail());
            if (body.getProperties() != null) {
                body.getProperties().forEach(typed::setProperty);
            }
            return typed;
        }
        if (status.is5xxServerError()) {
            var id = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Unhandled error {} on {} {}",
                    id,
                    request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    error);
            var body = problems.problem(
                    status,
                    "internal",
                    "problem.internal",
                    problems.text("problem.internal.detail", "Unexpected error; logged with id " + id + ".", id));
            body.setProperty("errorId", id);
            return body;
        }
        if (status == HttpStatus.NOT_FOUND) {
            return problems.problem(
                    status,
                    "no-such-path",
                    "problem.noSuchPath",
                    problems.text(
                            "problem.noSuchPath.detail",
                            "No such endpoint.",
                            request.getMethod(),
                            request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        }
        var message = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return problems.problem(
                status,
                ProblemWriter.slug(status),
                ProblemWriter.titleKey(status),
                message == null || message.isBlank() ? status.getReasonPhrase() : message);
    }

    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
