package dev.touchpoint.server.touchpoint;

import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.OutOfScopeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Error pages of the touchpoint screens: 403 outside the caller's scope, 404 missing. */
@ControllerAdvice(assignableTypes = {SurveyController.class, SurveyEntryController.class, AuditController.class,
        AuditTrendController.class, TouchpointController.class, LogTouchpointController.class,
        CatalogueImportController.class})
class TouchpointWebErrors {

    @ExceptionHandler(OutOfScopeException.class)
    ModelAndView forbidden() {
        return error(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    private static ModelAndView error(HttpStatus status) {
        var view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
