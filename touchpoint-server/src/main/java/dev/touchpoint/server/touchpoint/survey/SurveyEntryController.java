package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.SurveyQuestionType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff enter a customer's survey answers (on paper, by phone): pick a survey and a customer, answer
 * every question with its own control, see problems next to the questions. The answers go through
 * {@link SurveyService#enter} — the method behind {@code POST /api/v1/surveys/{code}/responses} — so
 * they become touchpoint events exactly like answers given through a public link. Opened from the
 * survey page or the customer 360 page; customers outside the user's scope answer 403.
 */
@Controller
class SurveyEntryController {

    static final String VIEW = "touchpoint/survey/survey-entry";

    private final SurveyService surveys;
    private final CustomerApi customers;

    SurveyEntryController(SurveyService surveys, CustomerApi customers) {
        this.surveys = surveys;
        this.customers = customers;
    }

    @GetMapping("/touchpoints/surveys/answers")
    String form(
            @RequestParam(required = false) String survey,
            @RequestParam(required = false) String customer,
            Model model,
            HttpServletResponse response) {
        var violations = new java.util.ArrayList<FieldViolation>();
        var chosen = blankToNull(survey) == null ? null : surveys.get(survey.strip());
        Long customerId = customerId(customer, violations);
        if (customerId != null) {
            try {
                model.addAttribute("customer", customers.requireVisible(customerId));
            } catch (NotFoundException e) {
                violations.add(new FieldViolation("customer", "notFound", "no such customer"));
            }
        }
        if (!violations.isEmpty()) {
            response.setStatus(400);
        }
        return fill(model, chosen, customer, Map.of(), violations);
    }

    @PostMapping("/touchpoints/surveys/{code}/answers")
    String enter(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var survey = surveys.get(code);
        var answers = new HashMap<>(form);
        answers.remove("_csrf");
        var customerText = answers.remove("customer");
        var violations = new java.util.ArrayList<FieldViolation>();
        Long customerId = customerId(customerText, violations);
        if (customerId == null && violations.isEmpty()) {
            violations.add(new FieldViolation("customer", "required", "enter the customer number"));
        }
        if (violations.isEmpty()) {
            try {
                model.addAttribute("customer", customers.requireVisible(customerId));
                long responseId = surveys.enter(code, customerId, answers);
                redirect.addFlashAttribute("entered", responseId);
                redirect.addAttribute("survey", code);
                redirect.addAttribute("customer", customerId);
                return "redirect:/touchpoints/surveys/answers";
            } catch (NotFoundException e) {
                violations.add(new FieldViolation("customer", "notFound", "no such customer"));
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        response.setStatus(400);
        return fill(model, survey, customerText, answers, violations);
    }

    private String fill(
            Model model, Survey survey, String customer, Map<String, String> answers, List<FieldViolation> violations) {
        model.addAttribute(
                "surveys", surveys.list().stream().filter(Survey::active).toList());
        model.addAttribute("survey", survey);
        model.addAttribute("customerText", customer == null ? "" : customer.strip());
        model.addAttribute("answers", answers);
        model.addAttribute("violations", violations);
        model.addAttribute("errors", errorsByQuestion(survey, violations));
        return VIEW;
    }

    /** The first rule broken per question code (and per form field such as {@code customer}). */
    static Map<String, String> errorsByQuestion(Survey survey, List<FieldViolation> violations) {
        var errors = new LinkedHashMap<String, String>();
        for (var v : violations) {
            String key = v.field();
            if (survey != null) {
                for (var q : survey.questions()) {
                    if (v.field().equals(q.code())
                            || v.field().startsWith(q.code() + "_")
                                    && q.type() == SurveyQuestionType.EXPECTATION_PERCEPTION) {
                        key = q.code();
                    }
                }
            }
            errors.putIfAbsent(key, v.rule());
        }
        return errors;
    }

    private static Long customerId(String text, List<FieldViolation> violations) {
        var t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation("customer", "format", "the customer number is a whole number"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
