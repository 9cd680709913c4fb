package dev.touchpoint.server.service.ticket;

import dev.touchpoint.analytics.service.SlaState;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.service.CompensationKind;
import dev.touchpoint.server.service.ComplaintStep;
import dev.touchpoint.server.service.Party;
import dev.touchpoint.server.service.RootCause;
import dev.touchpoint.server.service.TicketChannel;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.shared.ServiceAccess;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Ticket screens: the list with filters, opening a ticket, a ticket's page with its conversation, SLA clocks and complaint handling. */
@Controller
@RequestMapping("/service")
class TicketWebController {
    private final TicketService tickets;
    private final ServiceAccess access;

    TicketWebController(TicketService tickets, ServiceAccess access) {
        this.tickets = tickets;
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
        return "service/ticket/tickets";
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
        return "service/ticket/new";
    }

    @GetMapping("/tickets/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", tickets.detail(id));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("rootCauses", RootCause.values());
        model.addAttribute("steps", ComplaintStep.values());
        model.addAttribute("compensations", CompensationKind.values());
        return "service/ticket/ticket";
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

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
