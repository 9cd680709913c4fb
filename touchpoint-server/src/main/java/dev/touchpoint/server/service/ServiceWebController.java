package dev.touchpoint.server.service;

import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Screens of the service module: tickets, a ticket, metrics, SLA settings, care plans, blocked messages. */
@Controller
@RequestMapping("/service")
class ServiceWebController {

    private final TicketService tickets;
    private final ServiceApi api;
    private final SlaCatalog catalog;
    private final CareRepository care;
    private final CareService careService;
    private final OutboundRepository outbound;
    private final ServiceAccess access;

    ServiceWebController(
            TicketService tickets,
            ServiceApi api,
            SlaCatalog catalog,
            CareRepository care,
            CareService careService,
            OutboundRepository outbound,
            ServiceAccess access) {
        this.tickets = tickets;
        this.api = api;
        this.catalog = catalog;
        this.care = care;
        this.careService = careService;
        this.outbound = outbound;
        this.access = access;
    }

    @GetMapping({"", "/tickets"})
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketType type,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) Integer page,
            Model model) {
        var filter = new TicketFilter(q, status, type, null, null, null, null, null, open, sla, null, null);
        model.addAttribute("result", tickets.search(filter, PageRequest.of(page, 25)));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("slaStates", SlaState.values());
        return "service/tickets";
    }

    @GetMapping("/tickets/new")
    String initCreationForm(
            @RequestParam long customerId,
            @RequestParam(required = false) TicketType type,
            @RequestParam(required = false) Long orderId,
            Model model) {
        var customer = access.requireCustomer(customerId);
        model.addAttribute("customer", customer);
        model.addAttribute(
                "form",
                new NewTicket(
                        customerId,
                        orderId,
                        null,
                        type == null ? TicketType.QUESTION : type,
                        TicketPriority.NORMAL,
                        TicketChannel.PHONE,
                        "",
                        "",
                        null,
                        null));
        return form(model);
    }

    @PostMapping("/tickets")
    String processCreationForm(
            @RequestParam long customerId,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) String touchpoint,
            @RequestParam TicketType type,
            @RequestParam TicketPriority priority,
            @RequestParam TicketChannel channel,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String description,
            Model model) {
        var form = new NewTicket(
                customerId, orderId, touchpoint, type, priority, channel, subject, description, null, null);
        if (subject.isBlank()) {
            model.addAttribute("customer", access.requireCustomer(customerId));
            model.addAttribute("form", form);
            model.addAttribute("subjectError", true);
            return form(model);
        }
        var created = tickets.create(form);
        return "redirect:/service/tickets/" + created.ticket().id();
    }

    private String form(Model model) {
        model.addAttribute("types", TicketType.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("channels", TicketChannel.values());
        return "service/new";
    }

    @GetMapping("/tickets/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", tickets.detail(id));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("rootCauses", RootCause.values());
        model.addAttribute("steps", ComplaintStep.values());
        model.addAttribute("compensations", CompensationKind.values());
        return "service/ticket";
    }

    @PostMapping("/tickets/{id}/messages")
    String reply(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "AGENT") Party party,
            @RequestParam(defaultValue = "false") boolean internal,
            @RequestParam(required = false) TicketStatus thenStatus,
            Model model) {
        if (body.isBlank()) {
            model.addAttribute("replyError", true);
            return detail(id, model);
        }
        tickets.addMessage(id, new NewMessage(party, internal, body, null, thenStatus));
        return "redirect:/service/tickets/" + id;
    }

    @PostMapping("/tickets/{id}")
    String update(
            @PathVariable long id,
            @RequestParam TicketStatus status,
            @RequestParam TicketPriority priority,
            @RequestParam(required = false) RootCause rootCause,
            @RequestParam(required = false) ComplaintStep complaintStep,
            @RequestParam(required = false) CompensationKind compensationKind,
            @RequestParam(required = false) BigDecimal compensationAmount,
            @RequestParam(required = false) String compensationNote,
            @RequestParam(required = false) Integer satisfaction,
            @RequestParam int version,
            Model model) {
        var current = tickets.detail(id).ticket();
        var change = new TicketChange(
                status,
                priority,
                current.assigneeId(),
                current.teamId(),
                rootCause,
                complaintStep,
                compensationKind,
                compensationAmount,
                blank(compensationNote),
                satisfaction,
                version);
        try {
            tickets.update(id, change, version, false);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return detail(id, model);
        }
        return "redirect:/service/tickets/" + id;
    }

    /** The "Service tickets" panel of the customer 360 page. */
    @GetMapping("/customers/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        access.requireCustomer(id);
        var filter = new TicketFilter(null, null, null, null, null, null, null, id, null, null, null, null);
        model.addAttribute("customerId", id);
        model.addAttribute(
                "tickets", tickets.search(filter, PageRequest.of(0, 10)).items());
        model.addAttribute("writable", access.writable());
        return "partials/service/panel";
    }

    @GetMapping("/metrics")
    String metrics(@RequestParam(required = false) String groupBy, Model model) {
        model.addAttribute("groupBy", groupBy == null ? "TEAM" : groupBy);
        model.addAttribute("report", api.metrics(null, null, groupBy, null, null, null));
        return "service/metrics";
    }

    /** The metrics as JSON for the charts. */
    @GetMapping("/metrics/data")
    @ResponseBody
    MetricsReport metricsData(@RequestParam(required = false) String groupBy) {
        return api.metrics(null, null, groupBy, null, null, null);
    }

    @GetMapping("/sla")
    String sla(Model model) {
        model.addAttribute("policies", catalog.policies());
        model.addAttribute("calendars", catalog.calendars());
        model.addAttribute(
                "canEdit", dev.touchpoint.server.identity.CurrentUsers.require().isAdmin());
        return "service/sla";
    }

    @GetMapping("/care")
    String care(Model model) {
        model.addAttribute("rules", care.rules());
        model.addAttribute("actions", care.actions(null, access.customers("a.customer_id"), 100));
        model.addAttribute("tasks", care.openTasks(access.customers("t.customer_id"), 100));
        return "service/care";
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
        return "service/blocked";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
