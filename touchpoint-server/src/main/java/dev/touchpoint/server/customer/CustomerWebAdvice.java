package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Error pages of the customer screens: 403 outside scope, 404 missing, merged → the survivor. */
@ControllerAdvice(assignableTypes = {CustomerWebController.class, CustomerImportController.class,
        TierAdminController.class})
class CustomerWebAdvice {

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView forbidden() {
        return error(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(CustomerMergedException.class)
    ModelAndView merged(CustomerMergedException e) {
        return new ModelAndView("redirect:/customers/" + e.survivorId());
    }

    private static ModelAndView error(HttpStatus status) {
        var view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
