package dev.touchpoint.server.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns exceptions from REST controllers into RFC 9457 problem details. Validation problems carry an
 * {@code errors} array of {@code {field, rule, message}} naming every invalid field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(0)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemWriter problems;

    ProblemDetailsAdvice(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DuplicateException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateException e) {
        var body = validationProblem(e.violations());
        body.setStatus(HttpStatus.CONFLICT);
        body.setType(URI.create(ProblemWriter.TYPE_BASE + "duplicate"));
        body.setTitle(text("problem.duplicate", "Already exists"));
        body.setDetail(e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflictException e) {
        var body = validationProblem(e.violations());
        body.setStatus(HttpStatus.CONFLICT);
        body.setType(URI.create(ProblemWriter.TYPE_BASE + "state-conflict"));
        body.setTitle(text("problem.stateConflict", "Already done"));
        body.setDetail(e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    /**
     * Spring's own problems (unsupported media type, missing parameter…) get our type and a title in
     * the reader's language.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (entity != null && entity.getBody() instanceof ProblemDetail problem) {
            problems.typed(problem);
        }
        return entity;
    }

    /**
     * The client may still be sending: the answer has a length and closes the connection, so the
     * client can read it whole before the rest of its body is refused.
     */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<byte[]> tooLarge(BodyTooLargeException e, HttpServletRequest request) {
        var bytes = problems.bytes(problems.tooLarge(e), request.getRequestURI());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header("Connection", "close")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .contentLength(bytes.length)
                .body(bytes);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problems.tooLarge(new BodyTooLargeException(ex.getMaxUploadSize())));
    }

    /** A body that is not JSON, or a value of the wrong type: a validation problem naming the field where known. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problems.tooLarge(tooLarge));
        }
        String field = "body";
        String message = text("problem.unreadable", "Unreadable request body");
        if (ex.getCause() instanceof DatabindException mapping) {
            var path = mapping.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse(null);
            field = path == null ? "body" : path;
            message = mapping.getOriginalMessage();
        } else if (ex.getCause() instanceof JacksonException parsing) {
            message = parsing.getOriginalMessage();
        }
        return ResponseEntity.badRequest()
                .body(validationProblem(
                        List.of(new FieldViolation(field, "body".equals(field) ? "json" : "type", message))));
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
        return ResponseEntity.status(status)
                .eTag("\"" + e.currentVersion() + "\"")
                .body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "problem.badRequest", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), ruleName(f.getCode()), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldViolation(
                                r.getMethodParameter().getParameterName(),
                                ruleName(err.getCodes() == null ? null : err.getCodes()[err.getCodes().length - 1]),
                                err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(violations));
    }

    /** A query parameter or path variable that does not convert (e.g. {@code visitors=maybe}, {@code page=x}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null
                ? "another type"
                : switch (type.getSimpleName()) {
                    case "boolean", "Boolean" -> "true or false";
                    case "int", "Integer", "long", "Long" -> "a whole number";
                    case "double", "Double", "BigDecimal" -> "a number";
                    default ->
                        type.isEnum()
                                ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                                : type.getSimpleName();
                };
        return ResponseEntity.badRequest()
                .body(validationProblem(List.of(new FieldViolation(
                        field == null ? "?" : field,
                        "type",
                        (field == null ? "value" : field) + " must be " + expected + ", not '" + ex.getValue()
                                + "'"))));
    }

    /** 500 without internals: the detail gives an id that the log line carries with the stack trace. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        var id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unhandled error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        var body = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "problem.internal",
                problems.text(
                        "problem.internal.detail", "Unexpected error; it has been logged with id " + id + ".", id));
        body.setProperty("errorId", id);
        return body;
    }

    private ProblemDetail validationProblem(List<FieldViolation> violations) {
        var body = problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "problem.validation",
                text("problem.validation.detail", "One or more fields are invalid."));
        body.setProperty(
                "errors",
                violations.stream()
                        .map(v -> Map.of(
                                "field",
                                v.field(),
                                "rule",
                                v.rule(),
                                "message",
                                v.message() == null ? "" : v.message()))
                        .toList());
        return body;
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail) {
        return problems.problem(status, type, titleKey, detail);
    }

    private String text(String key, String fallback) {
        return problems.text(key, fallback);
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
            case "NoFormula" -> "formula";
            default -> Character.toLowerCase(constraintCode.charAt(0)) + constraintCode.substring(1);
        };
    }
}
