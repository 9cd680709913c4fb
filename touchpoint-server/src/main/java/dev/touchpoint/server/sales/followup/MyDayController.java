package dev.touchpoint.server.sales.followup;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.shared.SalesPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My day": the caller's follow-ups due today, overdue and coming, and reminders; logging a follow-up's outcome. */
@Controller
@RequestMapping("/sales")
class MyDayController {

    static final String MY_DAY = "sales/followup/my-day";
    static final String TASK_ROW = "partials/sales/followup/task :: row";

    private final FollowUpService followUps;
    private final SalesPages pages;
    private final java.util.List<dev.touchpoint.server.sales.MyDaySection> sections;

    MyDayController(
            FollowUpService followUps,
            SalesPages pages,
            java.util.List<dev.touchpoint.server.sales.MyDaySection> sections) {
        this.followUps = followUps;
        this.pages = pages;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(dev.touchpoint.server.sales.MyDaySection::order))
                .toList();
    }

    @GetMapping({"", "/my-day"})
    String myDay(Model model) {
        model.addAttribute("day", followUps.myDay());
        model.addAttribute("sections", sections);
        pages.addCommon(model);
        return MY_DAY;
    }

    /** Logs the outcome of a follow-up; from htmx the row is replaced in place. */
    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) IntentClass regrade,
            @RequestParam(required = false) String back,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        try {
            var task = followUps.complete(id, new TaskOutcome(outcome == null ? "" : outcome, regrade));
            model.addAttribute("task", task);
        } catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            model.addAttribute("task", null);
            model.addAttribute("taskError", true);
            redirect.addFlashAttribute("taskError", true);
        }
        if (htmx != null) {
            if (model.getAttribute("task") == null) {
                model.addAttribute(
                        "task",
                        followUps.myDay().overdue().stream()
                                .filter(t -> t.id() == id)
                                .findFirst()
                                .orElseGet(() -> followUps.myDay().dueToday().stream()
                                        .filter(t -> t.id() == id)
                                        .findFirst()
                                        .orElse(null)));
            }
            model.addAttribute("intentClasses", IntentClass.values());
            return TASK_ROW;
        }
        return "redirect:" + (back != null && back.startsWith("/sales/") ? back : "/sales/my-day");
    }

    @PostMapping("/reminders/{id}/read")
    String readReminder(@PathVariable long id) {
        followUps.markReminderRead(id);
        return "redirect:/sales/my-day";
    }
}
