package dev.touchpoint.server.sales;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sales screens for reps: "My day", leads with grading and conversion, the pool, settings, the 360 panel. */
@Controller
@RequestMapping("/sales")
class SalesWebController {

    static final String MY_DAY = "sales/my-day";
    static final String LEADS = "sales/leads";
    static final String LEAD = "sales/lead";
    static final String LEAD_FORM = "sales/lead-form";
    static final String POOL = "sales/pool";
    static final String SETTINGS = "sales/settings";
    static final String TASK_ROW = "partials/sales/task :: row";
    static final String PANEL = "partials/sales/panel :: panel";

    private final SalesApi sales;
    private final SalesNames names;
    private final Validator validator;
    private final LeadExporter exporter;
    private final IdentityApi identity;

    SalesWebController(
            SalesApi sales, SalesNames names, Validator validator, LeadExporter exporter, IdentityApi identity) {
        this.sales = sales;
        this.names = names;
        this.validator = validator;
        this.exporter = exporter;
        this.identity = identity;
    }

    @GetMapping({"", "/my-day"})
    String myDay(Model model) {
        model.addAttribute("day", sales.myDay());
        addCommon(model);
        return MY_DAY;
    }

    /** Logs the outcome of a follow-up; from htmx the row is replaced in place. */
    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) IntentClass regrade,
            @RequestParam(required = false) String back,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        try {
            var task = sales.completeTask(id, new TaskOutcome(outcome == null ? "" : outcome, regrade));
            model.addAttribute("task", task);
        } catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            model.addAttribute("task", null);
            model.addAttribute("taskError", true);
            redirect.addFlashAttribute("taskError", true);
        }
        if (htmx != null) {
            if (model.getAttribute("task") == null) {
                model.addAttribute(
                        "task",
                        sales.myDay().overdue().stream()
                                .filter(t -> t.id() == id)
                                .findFirst()
                                .orElseGet(() -> sales.myDay().dueToday().stream()
                                        .filter(t -> t.id() == id)
                                        .findFirst()
                                        .orElse(null)));
            }
            model.addAttribute("intentClasses", IntentClass.values());
            return TASK_ROW;
        }
        return "redirect:" + (back != null && back.startsWith("/sales/") ? back : "/sales/my-day");
    }

    @PostMapping("/reminders/{id}/read")
    String readReminder(@PathVariable long id) {
        sales.markReminderRead(id);
        return "redirect:/sales/my-day";
    }

    @GetMapping("/leads")
    String leads(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IntentClass intentClass,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) Integer page,
            Model model) {
        var query = new LeadQuery(q, intentClass, status, null);
        model.addAttribute("query", query);
        model.addAttribute("result", sales.leads(query, PageRequest.of(page, 20)));
        model.addAttribute("statuses", LeadStatus.values());
        addCommon(model);
        return LEADS;
    }

    /** Downloads the leads of the list's filters (the list's buttons); audited like the API export. */
    @GetMapping("/leads/export")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IntentClass intentClass,
            @RequestParam(required = false) LeadStatus status,
            HttpServletResponse response)
            throws IOException {
        var tabular = TabularFormat.of(format);
        var bytes = new java.io.ByteArrayOutputStream();
        exporter.export(new LeadQuery(q, intentClass, status, null), tabular, bytes);
        response.setContentType(tabular.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("leads." + tabular.extension())
                        .build()
                        .toString());
        bytes.writeTo(response.getOutputStream());
    }

    @GetMapping("/leads/new")
    String initLeadForm(Model model) {
        model.addAttribute("form", new NewLead(null, null, null, null, LeadSource.STORE_VISIT, null, null, null, null));
        model.addAttribute("errors", Map.of());
        addCommon(model);
        return LEAD_FORM;
    }

    @PostMapping("/leads")
    String processLeadForm(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String company,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) String productInterest,
            @RequestParam(required = false) String notes,
            Model model,
            RedirectAttributes redirect) {
        var form = new NewLead(
                name,
                blank(company),
                blank(phone),
                blank(email),
                source,
                blank(productInterest),
                null,
                null,
                blank(notes));
        var errors = new LinkedHashMap<String, String>();
        validator.validate(form).forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessage()));
        if (errors.isEmpty()) {
            try {
                var lead = sales.createLead(form);
                redirect.addFlashAttribute("message", "sales.lead.created");
                return "redirect:/sales/leads/" + lead.id();
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.put(v.field(), v.message()));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addCommon(model);
        return LEAD_FORM;
    }

    @GetMapping("/leads/{id}")
    String lead(@PathVariable long id, Model model) {
        var lead = sales.lead(id);
        model.addAttribute("lead", lead);
        model.addAttribute("tasks", lead.inPool() ? List.of() : sales.tasksOfLead(id));
        model.addAttribute("writable", CurrentUsers.require().role() != dev.touchpoint.server.identity.Role.ANALYST);
        addCommon(model);
        return LEAD;
    }

    @PostMapping("/leads/{id}/contact")
    String contact(
            @PathVariable long id,
            @RequestParam(required = false) IntentClass intentClass,
            @RequestParam(defaultValue = "false") boolean money,
            @RequestParam(defaultValue = "false") boolean authority,
            @RequestParam(defaultValue = "false") boolean need,
            @RequestParam(required = false) String feedback,
            @RequestParam(required = false) String benefit,
            @RequestParam(required = false) String opportunity,
            RedirectAttributes redirect) {
        if (intentClass == null) {
            redirect.addFlashAttribute("contactErrors", List.of(new FieldViolation("intentClass", "required", "")));
            return "redirect:/sales/leads/" + id;
        }
        try {
            sales.recordContact(
                    id, new FirstContact(intentClass, money, authority, need, feedback, benefit, opportunity));
            redirect.addFlashAttribute("message", "sales.lead.graded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("contactErrors", e.violations());
        }
        return "redirect:/sales/leads/" + id;
    }

    @PostMapping("/leads/{id}/convert")
    String convert(
            @PathVariable long id,
            @RequestParam(required = false) String opportunityName,
            @RequestParam(required = false) java.math.BigDecimal amount,
            @RequestParam(required = false) java.time.LocalDate expectedClose,
            RedirectAttributes redirect) {
        var converted = sales.convert(id, new Conversion(blank(opportunityName), amount, expectedClose));
        redirect.addFlashAttribute("message", "sales.lead.converted");
        return "redirect:/sales/opportunities/" + converted.opportunityId();
    }

    @PostMapping("/leads/{id}/lost")
    String lost(@PathVariable long id) {
        sales.markLeadLost(id);
        return "redirect:/sales/leads/" + id;
    }

    @GetMapping("/pool")
    String pool(Model model) {
        model.addAttribute("items", sales.pool());
        addCommon(model);
        return POOL;
    }

    @PostMapping("/pool/{type}/{id}/claim")
    String claim(@PathVariable String type, @PathVariable long id, RedirectAttributes redirect) {
        try {
            sales.claim(type, id);
            redirect.addFlashAttribute("message", "sales.pool.claimed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "sales.pool.limitReached");
        }
        return "redirect:/sales/pool";
    }

    @PostMapping("/pool/{type}/{id}/release")
    String release(@PathVariable String type, @PathVariable long id, @RequestParam(required = false) String reason) {
        sales.release(type, id, reason);
        return "redirect:/sales/pool";
    }

    @GetMapping("/settings")
    String settings(@RequestParam(defaultValue = "0") long team, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("teams", names.teams());
        model.addAttribute("cadences", sales.cadences(team));
        model.addAttribute("policy", sales.poolPolicy(team));
        model.addAttribute("channels", FollowUpChannel.values());
        model.addAttribute("topics", FollowUpTopic.values());
        var me = CurrentUsers.require();
        boolean managesTeam = team != 0
                && (me.isAdmin() || (me.role() == Role.MANAGER && me.teamIds().contains(team)));
        model.addAttribute("managesTeam", managesTeam);
        if (managesTeam) {
            var form = sales.webForm(team).orElse(null);
            model.addAttribute("webForm", form);
            model.addAttribute(
                    "webFormUrl",
                    form == null
                            ? null
                            : ServletUriComponentsBuilder.fromCurrentContextPath()
                                    .path(form.path())
                                    .toUriString());
            model.addAttribute(
                    "teamMembers",
                    identity.listUsers().stream()
                            .filter(u -> u.enabled() && u.teamIds().contains(team))
                            .toList());
        }
        addCommon(model);
        return SETTINGS;
    }

    /** Creates the team's public lead form or changes its default rep. */
    @PostMapping("/settings/web-form")
    String saveWebForm(
            @RequestParam long team, @RequestParam(required = false) Long defaultOwnerId, RedirectAttributes redirect) {
        try {
            sales.saveWebForm(team, new WebFormSettings(defaultOwnerId));
            redirect.addFlashAttribute("message", "sales.settings.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "sales.settings.invalid");
        }
        return "redirect:/sales/settings?team=" + team;
    }

    /** A new link for the team's form; the old one stops working. */
    @PostMapping("/settings/web-form/rotate")
    String rotateWebForm(@RequestParam long team, RedirectAttributes redirect) {
        sales.rotateWebForm(team);
        redirect.addFlashAttribute("message", "sales.web.rotated");
        return "redirect:/sales/settings?team=" + team;
    }

    @PostMapping("/settings/cadences")
    String saveCadence(
            @RequestParam long team,
            @RequestParam IntentClass intentClass,
            @RequestParam(required = false) Integer intervalDays,
            @RequestParam(required = false) List<FollowUpChannel> channels,
            @RequestParam(required = false) List<FollowUpTopic> topics,
            RedirectAttributes redirect) {
        sales.saveCadence(
                team,
                new Cadence(
                        intentClass,
                        intervalDays,
                        channels == null || channels.isEmpty() ? List.of(FollowUpChannel.CALL) : channels,
                        topics == null || topics.isEmpty() ? Arrays.asList(FollowUpTopic.values()) : topics));
        redirect.addFlashAttribute("message", "sales.settings.saved");
        return "redirect:/sales/settings?team=" + team;
    }

    @PostMapping("/settings/pool")
    String savePool(
            @RequestParam long team,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam int dailyClaimLimit,
            @RequestParam int warnDays,
            @RequestParam List<String> tier,
            @RequestParam List<Integer> noFollowUpDays,
            @RequestParam List<String> noDealDays,
            RedirectAttributes redirect) {
        var rules = new java.util.ArrayList<PoolRule>();
        for (int i = 0; i < tier.size(); i++) {
            var deal =
                    i < noDealDays.size() && !noDealDays.get(i).isBlank() ? Integer.valueOf(noDealDays.get(i)) : null;
            rules.add(new PoolRule(tier.get(i), noFollowUpDays.get(i), deal));
        }
        var policy = new PoolPolicy(team, enabled, dailyClaimLimit, warnDays, rules);
        var violations = validator.validate(policy);
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute("error", "sales.settings.invalid");
        } else {
            sales.savePoolPolicy(policy);
            redirect.addFlashAttribute("message", "sales.settings.saved");
        }
        return "redirect:/sales/settings?team=" + team;
    }

    /** The "Opportunities & leads" panel of the customer 360 page. */
    @GetMapping("/customers/{customerId}/panel")
    String panel(@PathVariable long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("opportunities", sales.opportunitiesOfCustomer(customerId));
        model.addAttribute("leads", sales.leadsOfCustomer(customerId));
        addCommon(model);
        return PANEL;
    }

    private void addCommon(Model model) {
        model.addAttribute("names", names.lookup());
        model.addAttribute("me", CurrentUsers.require());
        model.addAttribute("intentClasses", IntentClass.values());
        model.addAttribute("sources", LeadSource.values());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
