package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.server.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey page behind an invitation link: no login, a phone-sized form, one response per
 * token, closed after expiry. The form carries the CSRF token of the visitor's session (the web
 * security chain requires it on every POST); every text is escaped by Thymeleaf.
 */
@Controller
class PublicSurveyController {

    static final String VIEW = "touchpoint/survey/public-survey";

    private final SurveyService surveys;

    PublicSurveyController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/public/surveys/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        var link = surveys.open(token);
        if (link.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("state", "UNKNOWN");
            return VIEW;
        }
        if (link.get().state() == SurveyService.LinkState.EXPIRED) {
            response.setStatus(410);
        }
        model.addAttribute("state", link.get().state().name());
        model.addAttribute("survey", link.get().survey());
        model.addAttribute("answers", Map.of());
        return VIEW;
    }

    @PostMapping("/public/surveys/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        var link = surveys.open(token);
        if (link.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("state", "UNKNOWN");
            return VIEW;
        }
        var answers = new HashMap<>(form);
        answers.remove("_csrf");
        model.addAttribute("survey", link.get().survey());
        try {
            var state = surveys.answer(token, answers);
            model.addAttribute("state", state == SurveyService.LinkState.OPEN ? "THANKS" : state.name());
            if (state == SurveyService.LinkState.EXPIRED) {
                response.setStatus(410);
            } else if (state == SurveyService.LinkState.ANSWERED) {
                response.setStatus(409);
            }
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("state", "OPEN");
            model.addAttribute("violations", e.violations());
            model.addAttribute("answers", answers);
        }
        return VIEW;
    }
}
