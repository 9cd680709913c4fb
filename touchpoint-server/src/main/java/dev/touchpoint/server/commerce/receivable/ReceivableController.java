package dev.touchpoint.server.commerce.receivable;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The receivables screen: list (overdue highlighted) and recording payments. */
@Controller
class ReceivableController {

    private final ReceivableService receivables;

    ReceivableController(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GetMapping("/receivables")
    String list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Receivable.Status status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new ReceivableFilter(customerId, status, overdue, open, null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("result", receivables.search(filter, null, PageRequest.of(page, 25)));
        model.addAttribute("statuses", Receivable.Status.values());
        return "commerce/receivable/receivables";
    }

    @PostMapping("/receivables/{id}/payments")
    String pay(
            @PathVariable long id,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        try {
            var value = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip());
            if (value == null || value.signum() <= 0 || value.scale() > 2) {
                throw InvalidInputException.of("amount", "min", "enter an amount above 0 with at most 2 decimals");
            }
            receivables.addPayment(id, new PaymentRequest(value, null, method, reference));
            redirect.addFlashAttribute("saved", true);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute(
                    "violations",
                    java.util.List.of(
                            new dev.touchpoint.server.platform.FieldViolation("amount", "format", "not a number")));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("violations", e.violations());
        }
        // only local paths: never redirect to another site
        var target =
                returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/receivables";
        return "redirect:" + target;
    }
}
