package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analytics dashboards. Each page is a form plus ECharts drawn from the JSON API in the browser,
 * so the page and the API always show the same figures; the call list is rendered here.
 */
@Controller
class JourneyPageController {

    /** A touchpoint or kind option of the pages' selects. */
    record Option(String value, String label, String group) {}

    private final JourneyAnalytics analytics;
    private final CallLists callLists;
    private final MessageSource messages;

    JourneyPageController(JourneyAnalytics analytics, CallLists callLists, MessageSource messages) {
        this.analytics = analytics;
        this.callLists = callLists;
        this.messages = messages;
    }

    private void options(Model model, Locale locale) {
        var catalogue = analytics.catalogue();
        model.addAttribute(
                "touchpointOptions",
                catalogue.entries().stream()
                        .map(t -> new Option(
                                t.code(),
                                t.name(locale) + " · " + t.code(),
                                t.stage().name()))
                        .toList());
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        model.addAttribute(
                "kindOptions",
                java.util.Arrays.stream(TouchpointKind.values())
                        .map(k -> new Option(k.name(), (zh ? k.zh() : k.en()) + " · " + k.name(), null))
                        .toList());
        model.addAttribute(
                "zoneOptions",
                catalogue.entries().stream()
                        .map(t -> t.zone())
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("canSetKey", CurrentUsers.require().manages());
    }

    @GetMapping("/analytics/funnels")
    String funnels(Model model, Locale locale) {
        options(model, locale);
        return "journey/funnel";
    }

    @GetMapping("/analytics/paths")
    String paths(Model model, Locale locale) {
        options(model, locale);
        return "journey/paths";
    }

    @GetMapping("/analytics/zones")
    String zones(Model model, Locale locale) {
        options(model, locale);
        return "journey/zones";
    }

    @GetMapping("/analytics/emotion")
    String emotion(Model model, Locale locale) {
        options(model, locale);
        return "journey/emotion";
    }

    @GetMapping("/analytics/peak-end")
    String peakEnd(Model model, Locale locale) {
        options(model, locale);
        return "journey/peak-end";
    }

    @GetMapping("/analytics/key-touchpoints")
    String keyTouchpoints(Model model, Locale locale) {
        options(model, locale);
        var catalogue = analytics.catalogue();
        model.addAttribute(
                "conversionOptions",
                catalogue.entries().stream()
                        .filter(t -> t.kind() == TouchpointKind.PURCHASE)
                        .map(t -> new Option(
                                t.code(),
                                t.name(locale) + " · " + t.code(),
                                t.stage().name()))
                        .toList());
        model.addAttribute("seesVisitors", JourneyRepository.seesVisitors(CurrentUsers.require()));
        return "journey/key-touchpoints";
    }

    @GetMapping("/analytics/voice")
    String voice(Model model, Locale locale) {
        options(model, locale);
        return "journey/voice";
    }

    /** "Who are they": the customers behind a number, as a call list with an (audited) export. */
    @GetMapping("/analytics/customers")
    String customers(
            @RequestParam String cohort, @RequestParam(required = false) Integer page, Model model, Locale locale) {
        var decoded = callLists.decode(cohort);
        model.addAttribute("cohort", cohort);
        model.addAttribute("cohortType", decoded.type());
        model.addAttribute("describe", describe(decoded, locale));
        model.addAttribute("result", callLists.page(decoded, PageRequest.of(page, 50)));
        return "journey/customers";
    }

    private String describe(JourneyRequests.Cohort c, Locale locale) {
        var catalogue = analytics.catalogue();
        return switch (c.type() == null ? "" : c.type()) {
            case "FUNNEL_DROPPED" -> {
                var steps = c.funnel() == null || c.funnel().steps() == null
                        ? List.<String>of()
                        : c.funnel().steps().stream()
                                .map(s -> s.touchpoint() != null
                                        ? JourneyAnalytics.name(s.touchpoint(), catalogue, locale)
                                        : JourneyAnalytics.name(String.valueOf(s.kind()), catalogue, locale))
                                .toList();
                yield String.join(" → ", steps) + " · " + c.step();
            }
            case "VALLEY", "TOUCHPOINT", "ZONE_LEFT" ->
                (c.touchpoint() == null ? "" : JourneyAnalytics.name(c.touchpoint(), catalogue, locale))
                        + (c.zone() == null ? "" : " · " + c.zone())
                        + (c.maxEmotion() == null ? "" : " · ≤ " + c.maxEmotion());
            case "KEY_EXPOSED" ->
                JourneyAnalytics.name(String.valueOf(c.touchpoint()), catalogue, locale) + " · "
                        + messages.getMessage(
                                Boolean.TRUE.equals(c.converted()) ? "journey.key.then" : "journey.key.notThen",
                                null,
                                locale)
                        + " "
                        + JourneyAnalytics.name(
                                c.conversion() == null ? "PURCHASE" : c.conversion(), catalogue, locale);
            default -> "";
        };
    }
}
