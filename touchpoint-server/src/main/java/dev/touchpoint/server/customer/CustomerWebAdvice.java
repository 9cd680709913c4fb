package dev.touchpoint.server.customer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer screens send a merged customer's page to the survivor's (403 and 404 come from the
 * platform's error pages).
 */
@ControllerAdvice(
        assignableTypes = {CustomerWebController.class, CustomerImportController.class, TierAdminController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerWebAdvice {

    @ExceptionHandler(CustomerMergedException.class)
    ModelAndView merged(CustomerMergedException e) {
        return new ModelAndView("redirect:/customers/" + e.survivorId());
    }
}
