package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Team;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.NotFoundException;
import dev.touchpoint.server.touchpoint.AuditAnswer;
import dev.touchpoint.server.touchpoint.NewAudit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Audit pages: recent audits and trends, running an audit, its report, corrective tasks. */
@Controller
class AuditController {

    private final AuditService audits;
    private final AuditTemplates templates;
    private final IdentityApi identity;
    private final Clock clock;

    AuditController(AuditService audits, AuditTemplates templates, IdentityApi identity, Clock clock) {
        this.audits = audits;
        this.templates = templates;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/touchpoints/audits")
    String list(
            @RequestParam(required = false) Long site,
            @RequestParam(required = false) java.time.YearMonth month,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String touchpoint,
            Model model) {
        var query = AuditRepository.AuditQuery.of(site, month, section, touchpoint);
        model.addAttribute("audits", audits.list(query, 100));
        model.addAttribute("month", month);
        model.addAttribute("section", query.section());
        model.addAttribute("touchpoint", query.touchpoint());
        model.addAttribute(
                "filtered", site != null || month != null || query.section() != null || query.touchpoint() != null);
        model.addAttribute("templates", templates.latest());
        model.addAttribute("sites", sites());
        model.addAttribute("site", site);
        return "touchpoint/audit/audits";
    }

    @GetMapping("/touchpoints/audits/new")
    String newAudit(@RequestParam String template, @RequestParam Long site, Model model) {
        var t = templates.find(template, null).orElseThrow(() -> new NotFoundException("audit template", template));
        model.addAttribute("template", t);
        model.addAttribute("site", site);
        model.addAttribute("siteName", sites().get(site));
        model.addAttribute("date", LocalDate.now(clock));
        model.addAttribute("auditor", CurrentUsers.require().displayName());
        model.addAttribute("values", Map.of());
        return "touchpoint/audit/audit-form";
    }

    @PostMapping("/touchpoints/audits")
    String submit(@RequestParam Map<String, String> form, Model model) {
        var template = templates
                .find(form.get("template"), Integer.valueOf(form.get("templateVersion")))
                .orElseThrow(() -> new NotFoundException("audit template", form.get("template")));
        var answers = new ArrayList<AuditAnswer>();
        for (var section : template.sections()) {
            for (var item : section.items()) {
                var raw = form.get("a_" + item.code());
                boolean na = "NA".equals(raw);
                BigDecimal value = null;
                if (!na && raw != null && !raw.isBlank()) {
                    try {
                        value = new BigDecimal(raw.strip());
                    } catch (NumberFormatException e) {
                        value = BigDecimal.valueOf(-1);
                    }
                }
                answers.add(new AuditAnswer(item.code(), value, na, blankToNull(form.get("n_" + item.code()))));
            }
        }
        long site = Long.parseLong(form.get("site"));
        try {
            var date = LocalDate.parse(form.get("date"));
            var report = audits.submit(new NewAudit(
                    template.code(),
                    template.version(),
                    site,
                    date,
                    form.getOrDefault("auditor", CurrentUsers.require().displayName()),
                    answers,
                    blankToNull(form.get("notes"))));
            return "redirect:/touchpoints/audits/" + report.id();
        } catch (InvalidInputException | java.time.format.DateTimeParseException e) {
            model.addAttribute(
                    "violations",
                    e instanceof InvalidInputException ii
                            ? ii.violations()
                            : java.util.List.of(
                                    new dev.touchpoint.server.platform.FieldViolation("date", "format", "yyyy-mm-dd")));
            model.addAttribute("template", template);
            model.addAttribute("site", site);
            model.addAttribute("siteName", sites().get(site));
            model.addAttribute("date", form.get("date"));
            model.addAttribute("auditor", form.get("auditor"));
            model.addAttribute("values", form);
            return "touchpoint/audit/audit-form";
        }
    }

    @GetMapping("/touchpoints/audits/{id}")
    String report(@PathVariable long id, Model model) {
        var report = audits.get(id);
        model.addAttribute("report", report);
        model.addAttribute("siteName", sites().get(report.siteTeamId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "touchpoint/audit/audit";
    }

    @GetMapping("/touchpoints/tasks")
    String tasks(@RequestParam(defaultValue = "OPEN") String status, Model model) {
        model.addAttribute("tasks", audits.tasks(status.isBlank() ? null : status, null));
        model.addAttribute("sites", sites());
        model.addAttribute("status", status);
        model.addAttribute("today", LocalDate.now(clock));
        return "touchpoint/audit/tasks";
    }

    @PostMapping("/touchpoints/tasks/{id}/done")
    String done(@PathVariable long id, @RequestParam(required = false) String resolution) {
        audits.complete(id, blankToNull(resolution), null);
        return "redirect:/touchpoints/tasks";
    }

    private Map<Long, String> sites() {
        return identity.listTeams().stream()
                .collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
