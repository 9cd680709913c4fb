package dev.touchpoint.server.service.sla;

import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.shared.ServiceAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Creating and editing SLA policies on the SLA page (administrators): conditions, targets per priority, the calendar, pausing statuses; every field checked inline. */
@Controller
@RequestMapping("/service/sla")
class SlaPolicyFormController {
    static final String POLICY_VIEW = "service/sla/sla-policy";
    private final SlaCatalog catalog;
    private final ServiceSettings settings;
    private final ServiceAccess access;

    SlaPolicyFormController(SlaCatalog catalog, ServiceSettings settings, ServiceAccess access) {
        this.catalog = catalog;
        this.settings = settings;
        this.access = access;
    }

    @GetMapping("/policies/new")
    String newPolicy(Model model) {
        access.requireAdmin();
        var form = new HashMap<String, String>(Map.of(
                "rank",
                "50",
                "firstResponseMinutes",
                "240",
                "nextResponseMinutes",
                "480",
                "resolutionMinutes",
                "2700",
                "dueSoonPercent",
                "80",
                "escalation1Percent",
                "100",
                "escalation2Percent",
                "150",
                "calendarCode",
                "OFFICE",
                "active",
                "true",
                "version",
                "0"));
        form.put("pauseStatuses", "PENDING_CUSTOMER");
        return policyForm(model, null, form, Map.of(), false);
    }

    @GetMapping("/policies/{id}")
    String editPolicy(@PathVariable long id, Model model) {
        access.requireAdmin();
        var p = catalog.policies().stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SLA policy", id));
        var form = new HashMap<String, String>();
        form.put("name", p.name());
        form.put("rank", Integer.toString(p.rank()));
        form.put(
                "condPriority", p.condPriority() == null ? "" : p.condPriority().name());
        form.put("condType", p.condType() == null ? "" : p.condType().name());
        form.put("condTeamId", p.condTeamId() == null ? "" : p.condTeamId().toString());
        form.put("condTier", p.condTier() == null ? "" : p.condTier());
        form.put("calendarCode", p.calendarCode());
        form.put("firstResponseMinutes", Integer.toString(p.firstResponseMinutes()));
        form.put("nextResponseMinutes", Integer.toString(p.nextResponseMinutes()));
        form.put("resolutionMinutes", Integer.toString(p.resolutionMinutes()));
        form.put("dueSoonPercent", Integer.toString(p.dueSoonPercent()));
        form.put(
                "escalation1Percent",
                p.escalation1Percent() == null ? "" : p.escalation1Percent().toString());
        form.put(
                "escalation2Percent",
                p.escalation2Percent() == null ? "" : p.escalation2Percent().toString());
        form.put(
                "escalation3Percent",
                p.escalation3Percent() == null ? "" : p.escalation3Percent().toString());
        form.put("active", Boolean.toString(p.active()));
        form.put("version", Integer.toString(p.version()));
        form.put(
                "pauseStatuses",
                p.pauseStatuses() == null
                        ? "PENDING_CUSTOMER"
                        : String.join(
                                ",", p.pauseStatuses().stream().map(Enum::name).toList()));
        return policyForm(model, id, form, Map.of(), false);
    }

    @PostMapping({"/policies", "/policies/{id}"})
    String savePolicy(
            @PathVariable(required = false) Long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        access.requireAdmin();
        var form = new HashMap<String, String>();
        params.forEach((k, v) -> form.put(k, String.join(",", v)));
        form.putIfAbsent("pauseStatuses", "");
        form.put("active", Boolean.toString(params.containsKey("active")));
        var errors = new HashMap<String, String>();
        var name = text(form, "name", 200, true, errors);
        var rank = number(form, "rank", 0, 100_000, true, errors);
        var priority = option(TicketPriority.class, form, "condPriority", errors);
        var type = option(TicketType.class, form, "condType", errors);
        var team = form.getOrDefault("condTeamId", "").isBlank()
                ? null
                : number(form, "condTeamId", 1, Integer.MAX_VALUE, false, errors);
        var tier = text(form, "condTier", 20, false, errors);
        var first = number(form, "firstResponseMinutes", 1, 1_000_000, true, errors);
        var next = number(form, "nextResponseMinutes", 1, 1_000_000, true, errors);
        var resolution = number(form, "resolutionMinutes", 1, 1_000_000, true, errors);
        var soon = number(form, "dueSoonPercent", 1, 100, true, errors);
        var e1 = number(form, "escalation1Percent", 1, 1000, false, errors);
        var e2 = number(form, "escalation2Percent", 1, 1000, false, errors);
        var e3 = number(form, "escalation3Percent", 1, 1000, false, errors);
        var version = number(form, "version", 0, Integer.MAX_VALUE, true, errors);
        var pauses = new ArrayList<TicketStatus>();
        for (var s : params.getOrDefault("pauseStatuses", List.of())) {
            try {
                pauses.add(TicketStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                errors.put("pauseStatuses", "unknown status " + s);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return policyForm(model, id, form, errors, false);
        }
        var policy = new SlaPolicy(
                id,
                name,
                rank,
                priority,
                type,
                team == null ? null : team.longValue(),
                tier,
                form.get("calendarCode"),
                first,
                next,
                resolution,
                soon,
                e1,
                e2,
                e3,
                Boolean.parseBoolean(form.get("active")),
                version,
                pauses);
        try {
            settings.savePolicy(id, policy);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.put(v.field(), v.message()));
            response.setStatus(400);
            return policyForm(model, id, form, errors, false);
        } catch (VersionConflictException e) {
            response.setStatus(409);
            return policyForm(model, id, form, errors, true);
        }
        return "redirect:/service/sla?saved";
    }

    private String policyForm(
            Model model, Long id, Map<String, String> form, Map<String, String> errors, boolean conflict) {
        model.addAttribute("policyId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute(
                "pauseSelected", List.of(form.getOrDefault("pauseStatuses", "").split(",")));
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("statuses", List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER));
        model.addAttribute("teams", access.teamNames());
        model.addAttribute("calendars", catalog.calendars());
        return POLICY_VIEW;
    }

    private static String text(
            Map<String, String> form, String field, int max, boolean required, Map<String, String> errors) {
        var v = form.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, "required");
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(field, "at most " + max + " characters");
        }
        return v;
    }

    private static Integer number(
            Map<String, String> form, String field, int min, int max, boolean required, Map<String, String> errors) {
        var v = form.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, "required");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                errors.put(field, "between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(field, "a whole number");
            return null;
        }
    }

    private static <E extends Enum<E>> E option(
            Class<E> type, Map<String, String> form, String field, Map<String, String> errors) {
        var v = form.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.put(field, "unknown value " + v);
            return null;
        }
    }
}
