package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.sales.FirstContact;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.NewLead;
import dev.touchpoint.server.sales.shared.SalesPages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead screens: the list with filters and export, a new lead, a lead's page with grading (MAN, FBO), conversion and giving up. */
@Controller
@RequestMapping("/sales")
class LeadWebController {

    static final String LEADS = "sales/lead/leads";
    static final String LEAD = "sales/lead/lead";
    static final String LEAD_FORM = "sales/lead/lead-form";

    private final LeadService leads;
    private final Validator validator;
    private final LeadExporter exporter;
    private final SalesPages pages;

    LeadWebController(LeadService leads, Validator validator, LeadExporter exporter, SalesPages pages) {
        this.leads = leads;
        this.validator = validator;
        this.exporter = exporter;
        this.pages = pages;
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
        model.addAttribute("result", leads.search(query, PageRequest.of(page, 20)));
        model.addAttribute("statuses", LeadStatus.values());
        pages.addCommon(model);
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
        pages.addCommon(model);
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
                var lead = leads.create(form, LeadSource.API);
                redirect.addFlashAttribute("message", "sales.lead.created");
                return "redirect:/sales/leads/" + lead.id();
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.put(v.field(), v.message()));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        pages.addCommon(model);
        return LEAD_FORM;
    }

    @GetMapping("/leads/{id}")
    String lead(@PathVariable long id, Model model) {
        var lead = leads.get(id);
        model.addAttribute("lead", lead);
        model.addAttribute("tasks", lead.inPool() ? List.of() : leads.tasks(id));
        model.addAttribute("writable", CurrentUsers.require().role() != dev.touchpoint.server.identity.Role.ANALYST);
        pages.addCommon(model);
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
            leads.recordContact(
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
        var converted = leads.convert(id, new Conversion(blank(opportunityName), amount, expectedClose));
        redirect.addFlashAttribute("message", "sales.lead.converted");
        return "redirect:/sales/opportunities/" + converted.opportunityId();
    }

    @PostMapping("/leads/{id}/lost")
    String lost(@PathVariable long id) {
        leads.markLost(id);
        return "redirect:/sales/leads/" + id;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
