package dev.touchpoint.server.sales.webform;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A team's public lead form for its website: no login, phone-sized, both languages. The form carries
 * the CSRF token of the visitor's session (the security chain requires it on every POST); every text
 * is escaped by Thymeleaf. An unknown token answers 404.
 */
@Controller
class PublicLeadController {

    static final String VIEW = "sales/webform/public-lead";

    private final WebFormService forms;

    PublicLeadController(WebFormService forms) {
        this.forms = forms;
    }

    @GetMapping("/public/leads/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        var team = forms.teamOf(token);
        if (team.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("state", "UNKNOWN");
            return VIEW;
        }
        model.addAttribute("state", "OPEN");
        model.addAttribute("teamName", team.get().name());
        model.addAttribute("form", new PublicLead(null, null, null, null, null, false, null));
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping("/public/leads/{token}")
    String submit(
            @PathVariable String token,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String productInterest,
            @RequestParam(required = false) String message,
            @RequestParam(defaultValue = "false") boolean phoneConsent,
            @RequestParam(required = false) String website,
            Model model,
            HttpServletResponse response) {
        var form = new PublicLead(
                blank(name), blank(phone), blank(email), blank(productInterest), blank(message), phoneConsent, website);
        var team = forms.teamOf(token);
        if (team.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("state", "UNKNOWN");
            return VIEW;
        }
        model.addAttribute("teamName", team.get().name());
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        try {
            var outcome = forms.submit(token, form);
            if (outcome == WebFormService.Outcome.RATE_LIMITED) {
                response.setStatus(429);
                model.addAttribute("state", "LIMITED");
            } else {
                model.addAttribute("state", "THANKS");
            }
        } catch (InvalidInputException e) {
            response.setStatus(400);
            var errors = new LinkedHashMap<String, String>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            model.addAttribute("state", "OPEN");
            model.addAttribute("errors", errors);
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("state", "UNKNOWN");
        }
        return VIEW;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
