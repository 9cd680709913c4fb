package dev.touchpoint.server.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error page for the screens: 403 for a record outside the reader's scope or a role
 * that may not, 404 for a missing record. Ordered last, so the API's problem details
 * ({@link ProblemDetailsAdvice}) answer for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorPages {

    @ExceptionHandler({OutOfScopeException.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView forbidden() {
        return error(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ModelAndView tooLarge() {
        return error(HttpStatus.CONTENT_TOO_LARGE);
    }

    private static ModelAndView error(HttpStatus status) {
        var view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
