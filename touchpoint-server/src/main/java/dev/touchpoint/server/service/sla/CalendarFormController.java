package dev.touchpoint.server.service.sla;

import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.service.shared.ServiceAccess;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editing a business calendar (administrators): working hours per weekday, and each year's holidays and make-up days, every line checked inline. */
@Controller
@RequestMapping("/service/sla")
class CalendarFormController {
    static final String CALENDAR_VIEW = "service/sla/sla-calendar";
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})");
    private final SlaCatalog catalog;
    private final ServiceSettings settings;
    private final ServiceAccess access;

    CalendarFormController(SlaCatalog catalog, ServiceSettings settings, ServiceAccess access) {
        this.access = access;
        this.catalog = catalog;
        this.settings = settings;
    }

    @GetMapping("/calendars/{code}")
    String calendar(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        access.requireAdmin();
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
        access.requireAdmin();
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
        access.requireAdmin();
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
}
