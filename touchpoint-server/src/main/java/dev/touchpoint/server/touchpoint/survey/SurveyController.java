package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.server.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Survey pages: definitions with their numbers and an invitation form showing links and blocked customers. */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final SurveyRepository repository;

    SurveyController(SurveyService surveys, SurveyRepository repository) {
        this.surveys = surveys;
        this.repository = repository;
    }

    @GetMapping("/touchpoints/surveys")
    String list(Model model) {
        var all = surveys.list();
        var stats = new LinkedHashMap<Long, SurveyStats>();
        all.forEach(s -> stats.put(s.id(), repository.stats(s.id())));
        model.addAttribute("surveys", all);
        model.addAttribute("stats", stats);
        model.addAttribute(
                "channels", SurveyService.INVITATION_CHANNELS.stream().sorted().toList());
        return "touchpoint/survey/surveys";
    }

    @PostMapping("/touchpoints/surveys/{code}/invite")
    String invite(
            @PathVariable String code, @RequestParam String customers, @RequestParam String channel, Model model) {
        try {
            var ids = new ArrayList<Long>();
            for (var part : customers.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(Long.parseLong(part.strip()));
                }
            }
            if (ids.isEmpty()) {
                throw InvalidInputException.of("customers", "required", "enter customer numbers");
            }
            model.addAttribute("result", surveys.invite(code, ids, channel));
            model.addAttribute(
                    "base",
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        } catch (NumberFormatException e) {
            model.addAttribute(
                    "violations",
                    java.util.List.of(new dev.touchpoint.server.platform.FieldViolation(
                            "customers", "format", "customer numbers separated by commas")));
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        model.addAttribute("invited", code);
        return list(model);
    }
}
