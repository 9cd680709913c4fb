package dev.touchpoint.server.service.care;

import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.service.shared.ServiceAccess;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Care plans: the rules and their actions, service tasks, and the messages the over-service guard held back. */
@Controller
@RequestMapping("/service")
class CareWebController {
    private final CareRepository care;
    private final CareService careService;
    private final OutboundRepository outbound;
    private final ServiceAccess access;

    CareWebController(CareRepository care, CareService careService, OutboundRepository outbound, ServiceAccess access) {
        this.care = care;
        this.careService = careService;
        this.outbound = outbound;
        this.access = access;
    }

    @GetMapping("/care")
    String care(Model model) {
        model.addAttribute("rules", care.rules());
        model.addAttribute("actions", care.actions(null, access.customers("a.customer_id"), 100));
        model.addAttribute("tasks", care.openTasks(access.customers("t.customer_id"), 100));
        return "service/care/care";
    }

    @PostMapping("/care/rules/{code}")
    String toggleRule(@PathVariable String code, @RequestParam boolean enabled) {
        access.requireManager();
        var rule = care.rules().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
        careService.updateRule(
                code,
                new CareRule(
                        rule.id(),
                        code,
                        rule.trigger(),
                        rule.stage(),
                        rule.offsetDays(),
                        rule.action(),
                        rule.channel(),
                        rule.noPromotion(),
                        rule.subject(),
                        rule.body(),
                        enabled,
                        rule.version()),
                rule.version());
        return "redirect:/service/care";
    }

    @PostMapping("/tasks/{id}/done")
    String taskDone(@PathVariable long id) {
        access.requireWriter();
        care.completeTask(
                id,
                Instant.now(),
                dev.touchpoint.server.identity.CurrentUsers.actorName(),
                access.customers("t.customer_id"));
        return "redirect:/service/care";
    }

    @GetMapping("/blocked")
    String blocked(@RequestParam(required = false) Integer page, Model model) {
        var p = PageRequest.of(page, 50);
        var scope = access.customers("o.customer_id");
        model.addAttribute(
                "result",
                new dev.touchpoint.server.platform.PageResult<>(
                        outbound.list("BLOCKED", null, scope, p),
                        outbound.count("BLOCKED", null, scope),
                        p.page(),
                        p.size()));
        model.addAttribute("guard", outbound.settings());
        return "service/care/blocked";
    }
}
