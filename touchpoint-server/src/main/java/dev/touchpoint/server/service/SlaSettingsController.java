package dev.touchpoint.server.service;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing SLA policies and business calendars on the SLA page (administrators): policy conditions and
 * targets, pause statuses and escalation levels; a calendar's working windows per weekday and one year's
 * holidays and make-up working days. Errors show next to their fields; a stale version is refused.
 */
@Controller
@RequestMapping("/service/sla")
class SlaSettingsController {

    static final String POLICY_VIEW = "service/sla-policy";
    static final String CALENDAR_VIEW = "service/sla-calendar";
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})");

    private final SlaCatalog catalog;
    private final ServiceSettings settings;
    private final ServiceAccess access;

    SlaSettingsController(SlaCatalog catalog, ServiceSettings settings, ServiceAccess access) {
        this.catalog = catalog;
        this.settings = settings;
        this.access = access;
    }

    private static void requireAdmin() {
        if (!CurrentUsers.require().isAdmin()) {
            throw new AccessDeniedException("only administrators change SLA policies and calendars");
        }
    }

    // ---- policies ----

    @GetMapping("/policies/new")
    String newPolicy(Model model) {
        requireAdmin();
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
        requireAdmin();
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
        requireAdmin();
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

    // ---- calendars ----

    @GetMapping("/calendars/{code}")
    String calendar(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        requireAdmin();
        var calendar = find(code);
        int y = year == null ? Year.now().getValue() : year;
        var hours = new HashMap<String, String>();
        for (int d = 1; d <= 7; d++) {
            hours.put("hours" + d, windows(calendar, d));
        }
        var days = calendar.days().stream()
                .filter(x -> x.day().getYear() == y)
                .map(x -> x.day() + " " + x.kind() + (x.name() == null ? "" : " " + x.name()))
                .toList();
        return calendarForm(model, calendar, y, hours, String.join("\n", days), Map.of(), null);
    }

    @PostMapping("/calendars/{code}/hours")
    String saveHours(
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        requireAdmin();
        var calendar = find(code);
        int year = parseYear(params.get("year"));
        var errors = new HashMap<String, String>();
        var hours = new ArrayList<ServiceCalendar.Hours>();
        var form = new HashMap<String, String>();
        for (int d = 1; d <= 7; d++) {
            var text = params.getOrDefault("hours" + d, "").strip();
            form.put("hours" + d, text);
            if (text.isEmpty()) {
                continue;
            }
            for (var part : text.split("[,，;]")) {
                var m = WINDOW.matcher(part.strip());
                if (!m.matches()) {
                    errors.put("hours" + d, "write windows like 09:00-12:00, 13:00-18:00");
                    break;
                }
                int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
                int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
                if (Integer.parseInt(m.group(2)) > 59
                        || Integer.parseInt(m.group(4)) > 59
                        || start >= end
                        || end > 1440) {
                    errors.put("hours" + d, "a window starts before it ends, within the day");
                    break;
                }
                hours.add(new ServiceCalendar.Hours(d, start, end));
            }
        }
        var daysText = days(calendar, year);
        if (errors.isEmpty()) {
            try {
                settings.replaceHours(code, parseVersion(params.get("version")), hours, false);
                return "redirect:/service/sla/calendars/" + code + "?year=" + year + "&saved";
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.put(v.field().replace("hours.", "hours"), v.message()));
            } catch (VersionConflictException e) {
                response.setStatus(409);
                return calendarForm(model, calendar, year, form, daysText, errors, "hours");
            }
        }
        response.setStatus(400);
        return calendarForm(model, calendar, year, form, daysText, errors, null);
    }

    @PostMapping("/calendars/{code}/years/{year}")
    String saveYear(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        requireAdmin();
        var calendar = find(code);
        var text = params.getOrDefault("days", "");
        var errors = new HashMap<String, String>();
        var days = new ArrayList<ServiceCalendar.SpecialDay>();
        var lines = text.split("\\R");
        var problems = new ArrayList<String>();
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var parts = line.split("\\s+", 3);
            try {
                var day = LocalDate.parse(parts[0]);
                var kind = parts.length > 1 ? ServiceCalendar.Kind.valueOf(parts[1].toUpperCase(Locale.ROOT)) : null;
                if (kind == null) {
                    problems.add("line " + (i + 1) + ": HOLIDAY or WORKDAY after the date");
                    continue;
                }
                var name = parts.length > 2 ? parts[2] : null;
                if (name != null && name.length() > 100) {
                    problems.add("line " + (i + 1) + ": the name is longer than 100 characters");
                    continue;
                }
                days.add(new ServiceCalendar.SpecialDay(day, kind, name));
            } catch (DateTimeParseException e) {
                problems.add("line " + (i + 1) + ": " + parts[0] + " is not a date like " + year + "-10-01");
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": HOLIDAY or WORKDAY, not " + parts[1]);
            }
        }
        if (problems.isEmpty()) {
            try {
                settings.replaceYear(code, year, days, parseVersion(params.get("version")), false);
                return "redirect:/service/sla/calendars/" + code + "?year=" + year + "&saved";
            } catch (InvalidInputException e) {
                for (var v : e.violations()) {
                    problems.add(dayLine(v, days, lines) + v.message());
                }
            } catch (VersionConflictException e) {
                response.setStatus(409);
                return calendarForm(model, calendar, year, hoursForm(calendar), text, errors, "days");
            }
        }
        errors.put("days", String.join("; ", problems));
        response.setStatus(400);
        return calendarForm(model, calendar, year, hoursForm(calendar), text, errors, null);
    }

    private static String dayLine(FieldViolation v, List<ServiceCalendar.SpecialDay> days, String[] lines) {
        var m = Pattern.compile("days\\[(\\d+)]").matcher(v.field());
        if (m.find()) {
            var day = days.get(Integer.parseInt(m.group(1))).day().toString();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith(day)) {
                    return "line " + (i + 1) + ": ";
                }
            }
        }
        return "";
    }

    private String calendarForm(
            Model model,
            ServiceCalendar calendar,
            int year,
            Map<String, String> hours,
            String days,
            Map<String, String> errors,
            String conflict) {
        model.addAttribute("calendar", calendar);
        model.addAttribute("year", year);
        model.addAttribute("hours", hours);
        model.addAttribute("days", days);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return CALENDAR_VIEW;
    }

    private ServiceCalendar find(String code) {
        return catalog.calendars().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("calendar", code));
    }

    private static Map<String, String> hoursForm(ServiceCalendar calendar) {
        var hours = new HashMap<String, String>();
        for (int d = 1; d <= 7; d++) {
            hours.put("hours" + d, windows(calendar, d));
        }
        return hours;
    }

    private static String days(ServiceCalendar calendar, int year) {
        return String.join(
                "\n",
                calendar.days().stream()
                        .filter(x -> x.day().getYear() == year)
                        .map(x -> x.day() + " " + x.kind() + (x.name() == null ? "" : " " + x.name()))
                        .toList());
    }

    static String windows(ServiceCalendar calendar, int weekday) {
        return String.join(
                ", ",
                calendar.hours().stream()
                        .filter(h -> h.weekday() == weekday)
                        .map(h -> hhmm(h.startMinute()) + "-" + hhmm(h.endMinute()))
                        .toList());
    }

    static String hhmm(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    private static int parseYear(String s) {
        try {
            return s == null ? Year.now().getValue() : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Year.now().getValue();
        }
    }

    private static int parseVersion(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of("version", "required", "send the version you read");
        }
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
