package dev.touchpoint.server.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions from REST controllers into RFC 9457 problem details. Validation problems carry an
 * {@code errors} array of {@code {field, rule, message}} naming every invalid field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_BASE = "https://touchpoint.dev/problems/";

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return validationProblem(e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound", e.getMessage());
    }

    @ExceptionHandler({OutOfScopeException.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", e.getMessage());
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(VersionConflictException e) {
        var status = e.precondition() ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        var body = problem(status, "version-conflict", "problem.versionConflict", e.getMessage());
        body.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(status).eTag("\"" + e.currentVersion() + "\"").body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "problem.badRequest", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), ruleName(f.getCode()), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldViolation(
                        r.getMethodParameter().getParameterName(), ruleName(err.getCodes() == null ? null
                                : err.getCodes()[err.getCodes().length - 1]), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(violations));
    }

    /** A query parameter or path variable that does not convert (e.g. {@code visitors=maybe}, {@code page=x}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null ? "another type" : switch (type.getSimpleName()) {
            case "boolean", "Boolean" -> "true or false";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "double", "Double", "BigDecimal" -> "a number";
            default -> type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : type.getSimpleName();
        };
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldViolation(field == null ? "?" : field,
                "type", (field == null ? "value" : field) + " must be " + expected + ", not '" + ex.getValue() + "'"))));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal",
                "Unexpected error; it has been logged.");
    }

    private ProblemDetail validationProblem(List<FieldViolation> violations) {
        var body = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation",
                text("problem.validation.detail", "One or more fields are invalid."));
        body.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message() == null ? "" : v.message()))
                .toList());
        return body;
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(text(titleKey, status.getReasonPhrase()));
        return body;
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    private static String ruleName(String constraintCode) {
        if (constraintCode == null) {
            return "invalid";
        }
        return switch (constraintCode) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "length";
            case "Email" -> "email";
            case "Pattern" -> "format";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "min";
            case "Max", "DecimalMax" -> "max";
            default -> Character.toLowerCase(constraintCode.charAt(0)) + constraintCode.substring(1);
        };
    }
}
