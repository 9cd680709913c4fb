package dev.touchpoint.server.integration.webhook;

import dev.touchpoint.server.customer.CustomerApi;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.OutboundEventType;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.StateConflictException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration → Webhooks and robots: subscriptions, their delivery logs, resend and test messages. */
@Controller
@RequestMapping("/admin/integrations")
class WebhookPageController {

    private final SubscriptionService service;
    private final IdentityApi identity;
    private final CustomerApi customers;
    private final MessageSource messages;
    private final IntegrationProperties properties;

    WebhookPageController(
            SubscriptionService service,
            IdentityApi identity,
            CustomerApi customers,
            MessageSource messages,
            IntegrationProperties properties) {
        this.service = service;
        this.identity = identity;
        this.customers = customers;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("subscriptions", service.list());
        return form(model, null);
    }

    @PostMapping
    String create(SubscriptionRequest form, Model model, RedirectAttributes redirect) {
        try {
            var created = service.create(form);
            redirect.addFlashAttribute("secret", created.secret());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/integrations/" + created.subscription().id();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", localized(e.violations()));
            model.addAttribute("subscriptions", service.list());
            model.addAttribute("form", form);
            return form(model, form);
        }
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            Model model) {
        var s = service.get(id);
        model.addAttribute("s", s);
        model.addAttribute("status", status == null || status.isBlank() ? null : status);
        model.addAttribute("deliveries", service.deliveries(id, status, PageRequest.of(page, 25)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", formOf(s));
        }
        return form(model, (SubscriptionRequest) model.getAttribute("form"), "integration/subscription");
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, SubscriptionRequest form, Model model, RedirectAttributes redirect) {
        try {
            service.update(id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/integrations/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", localized(e.violations()));
            model.addAttribute("form", form);
            return show(id, null, null, model);
        }
    }

    @PostMapping("/{id}/pause")
    String pause(@PathVariable long id) {
        service.setActive(id, false);
        return "redirect:/admin/integrations/" + id;
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id) {
        service.setActive(id, true);
        return "redirect:/admin/integrations/" + id;
    }

    @PostMapping("/{id}/ping")
    String ping(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.ping(id);
            redirect.addFlashAttribute("pinged", true);
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/integrations/" + id;
    }

    @PostMapping("/{id}/secret")
    String rotate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("secret", service.rotateSecret(id).secret());
        return "redirect:/admin/integrations/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        service.delete(id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/admin/integrations";
    }

    @GetMapping("/{id}/deliveries/{deliveryId}")
    String delivery(@PathVariable long id, @PathVariable long deliveryId, Model model) {
        model.addAttribute("s", service.get(id));
        model.addAttribute("d", service.delivery(id, deliveryId));
        model.addAttribute("times", this);
        return "integration/delivery";
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    String resend(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
        try {
            service.resend(id, deliveryId);
            redirect.addFlashAttribute("resent", true);
        } catch (StateConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/integrations/" + id;
    }

    /** An instant in the business's time zone, e.g. 2026-12-03 09:43:05. */
    public String time(Instant at) {
        return at == null
                ? "—"
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(ZonedDateTime.ofInstant(at, properties.timeZone()));
    }

    private String form(Model model, SubscriptionRequest form) {
        return form(model, form, "integration/subscriptions");
    }

    private String form(Model model, SubscriptionRequest form, String view) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form != null ? form : emptyForm());
        }
        model.addAttribute(
                "eventTypes",
                Arrays.stream(OutboundEventType.values())
                        .filter(t -> t != OutboundEventType.PING)
                        .toList());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("teams", identity.listTeams());
        model.addAttribute("users", identity.listUsers());
        model.addAttribute("tiers", customers.tierNames(LocaleContextHolder.getLocale()));
        model.addAttribute("times", this);
        return view;
    }

    private List<FieldViolation> localized(List<FieldViolation> violations) {
        var locale = LocaleContextHolder.getLocale();
        return violations.stream()
                .map(v -> new FieldViolation(
                        text("integration." + fieldKey(v.field()), v.field(), locale),
                        v.rule(),
                        text("integration.violation." + v.field() + "." + v.rule(), v.message(), locale)))
                .toList();
    }

    private static String fieldKey(String field) {
        return switch (field) {
            case "eventTypes" -> "events";
            case "quietFrom", "quietUntil" -> "quiet";
            case "signingSecret" -> "secret";
            case "ownerId" -> "owner";
            case "teamId" -> "team";
            default -> field;
        };
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** The form of a new subscription: a webhook, messages in Chinese. */
    private static SubscriptionRequest emptyForm() {
        return new SubscriptionRequest(
                null, "WEBHOOK", null, List.of(), List.of(), "zh-CN", null, null, null, null, null, null, null);
    }

    /** The change form of a subscription: its settings, the URL and secret left empty (kept when so sent). */
    private static SubscriptionRequest formOf(SubscriptionView s) {
        return new SubscriptionRequest(
                s.name(),
                s.kind(),
                null,
                s.eventTypes(),
                s.tiers(),
                s.locale(),
                s.teamId(),
                s.quietFrom(),
                s.quietUntil(),
                s.ownerId(),
                null,
                null,
                s.version());
    }
}
