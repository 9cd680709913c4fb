package dev.touchpoint.server.commerce;

import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The commerce pages answer a record outside the user's scope with 403 and a missing one with 404,
 * rendered with the shared error page (the REST controllers get problem details from the platform).
 */
@ControllerAdvice(assignableTypes = {ProductController.class, OrderController.class, ReceivableController.class,
        CustomerPanelController.class, CommerceImportController.class})
class CommerceWebErrors {

    @ExceptionHandler({OutOfScopeException.class, AccessDeniedException.class})
    String forbidden(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        return "error";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
        return "error";
    }
}
