package dev.touchpoint.server.insight;

import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Value dashboard, runs with live progress, the warnings inbox and the customer 360 value panel. */
@Controller
class ValueWebController {

    private final ValueEngineApi engine;
    private final ValueQueries queries;
    private final WinBackService winBack;
    private final IdentityApi identity;
    private final TouchpointApi touchpoints;
    private final Clock clock;

    ValueWebController(
            ValueEngineApi engine,
            ValueQueries queries,
            WinBackService winBack,
            IdentityApi identity,
            TouchpointApi touchpoints,
            Clock clock) {
        this.engine = engine;
        this.queries = queries;
        this.winBack = winBack;
        this.identity = identity;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    @GetMapping("/value")
    String dashboard(Model model) {
        model.addAttribute("latest", engine.latest().orElse(null));
        var today = LocalDate.now(clock);
        var thisQuarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        model.addAttribute("from1", thisQuarter.minusMonths(3));
        model.addAttribute("to1", thisQuarter.minusDays(1));
        model.addAttribute("from0", thisQuarter.minusMonths(6));
        model.addAttribute("to0", thisQuarter.minusMonths(3).minusDays(1));
        engine.latest().ifPresent(r -> model.addAttribute("segments", queries.segments(r.id())));
        return "insight/value";
    }

    @GetMapping("/value/customers")
    String customers(
            @RequestParam(required = false) String segment, @RequestParam(required = false) String stage, Model model) {
        model.addAttribute("segment", segment);
        model.addAttribute("stage", stage);
        model.addAttribute("rows", queries.customers(queries.runOrLatest(null), segment, stage, 200));
        return "insight/value-customers";
    }

    @GetMapping("/value/runs")
    String runs(Model model) {
        model.addAttribute("runs", engine.runs(30));
        model.addAttribute("today", LocalDate.now(clock));
        return "insight/runs";
    }

    @PostMapping("/value/runs")
    String start(@RequestParam(required = false) LocalDate asOf, HttpServletRequest request, Model model) {
        ValueRestController.requireRunner();
        var run = engine.start(asOf == null ? LocalDate.now(clock) : asOf);
        model.addAttribute("run", run);
        return "partials/insight/run-progress :: progress";
    }

    @GetMapping("/value/runs/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", engine.run(id).orElseThrow());
        return "partials/insight/run-progress :: progress";
    }

    @GetMapping("/value/warnings")
    String inbox(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new WarningFilter(
                status == null ? "ACTIVE" : status.isBlank() ? null : status, blank(rule), blank(tier), null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("result", winBack.inbox(filter, PageRequest.of(page, 25)));
        return "insight/warnings";
    }

    @GetMapping("/value/warnings/{id}")
    String warning(@PathVariable long id, Model model) {
        fill(id, model);
        return "insight/warning";
    }

    @PostMapping("/value/warnings/{id}/assign")
    String assign(@PathVariable long id, @RequestParam Long assigneeId, Model model) {
        return act(id, model, () -> winBack.assign(id, new WinBackRequests.Assign(assigneeId, null)));
    }

    @PostMapping("/value/warnings/{id}/contact")
    String contact(
            @PathVariable long id,
            @RequestParam String touchpoint,
            @RequestParam(required = false) String note,
            Model model) {
        return act(id, model, () -> winBack.contact(id, new WinBackRequests.Contact(touchpoint, note)));
    }

    @PostMapping("/value/warnings/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam String outcome,
            @RequestParam(required = false) String churnCause,
            @RequestParam(required = false) String causeParty,
            @RequestParam(required = false) String note,
            Model model) {
        return act(
                id,
                model,
                () -> winBack.close(
                        id, new WinBackRequests.Close(outcome, blank(churnCause), blank(causeParty), note, null)));
    }

    @GetMapping("/customers/{id}/value-panel")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("value", queries.customer(id).orElse(null));
        model.addAttribute(
                "warnings",
                winBack.inbox(new WarningFilter("ACTIVE", null, null, id, null), PageRequest.of(0, 20))
                        .items());
        return "partials/insight/customer-value :: panel";
    }

    private String act(long id, Model model, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        fill(id, model);
        return "insight/warning";
    }

    private void fill(long id, Model model) {
        model.addAttribute("warning", winBack.warning(id));
        model.addAttribute("actions", winBack.actions(id));
        // only admins and managers may list users; others can assign to themselves
        var me = dev.touchpoint.server.identity.CurrentUsers.require();
        model.addAttribute(
                "users",
                me.isAdmin() || me.role() == dev.touchpoint.server.identity.Role.MANAGER
                        ? identity.listUsers()
                        : identity.findUser(me.id()).stream().toList());
        model.addAttribute("touchpoints", touchpoints.catalogue());
        model.addAttribute("causes", WinBackService.CAUSES);
        model.addAttribute("parties", WinBackService.PARTIES);
        model.addAttribute("outcomes", WinBackService.OUTCOMES);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
