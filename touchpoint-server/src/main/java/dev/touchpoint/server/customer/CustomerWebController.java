package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer screens: list with search and filters, create/edit forms and the 360 page. */
@Controller
@RequestMapping("/customers")
class CustomerWebController {

    static final String LIST = "customer/list";
    static final String RESULTS = "partials/customer/results";
    static final String FORM = "customer/form";
    static final String DETAIL = "customer/detail";
    static final String TIMELINE = "partials/customer/timeline";

    private final CustomerService customers;
    private final CustomerRecordsService records;
    private final CustomerMerger merger;
    private final CustomerTimeline timeline;
    private final CustomerExporter exporter;
    private final TierService tiers;
    private final PeopleDirectory people;
    private final IdentityApi identity;
    private final List<CustomerPanel> panels;
    private final Validator validator;
    private final MessageSource messages;

    CustomerWebController(
            CustomerService customers,
            CustomerRecordsService records,
            CustomerMerger merger,
            CustomerTimeline timeline,
            CustomerExporter exporter,
            TierService tiers,
            PeopleDirectory people,
            IdentityApi identity,
            List<CustomerPanel> panels,
            Validator validator,
            MessageSource messages) {
        this.customers = customers;
        this.records = records;
        this.merger = merger;
        this.timeline = timeline;
        this.exporter = exporter;
        this.tiers = tiers;
        this.people = people;
        this.identity = identity;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPanel::order))
                .toList();
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) CustomerKind kind,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var query = new CustomerQuery(q, tier, tag, owner, team, kind, null, sort, direction);
        model.addAttribute("query", query);
        model.addAttribute("result", customers.search(query, PageRequest.of(page, 20)));
        model.addAttribute("names", people.names());
        addChoices(model);
        return htmx != null ? RESULTS + " :: results" : LIST;
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) CustomerKind kind,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction,
            HttpServletResponse response)
            throws IOException {
        var tabular = TabularFormat.of(format);
        var bytes = new java.io.ByteArrayOutputStream();
        exporter.export(new CustomerQuery(q, tier, tag, owner, team, kind, null, sort, direction), tabular, bytes);
        response.setContentType(tabular.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("customers." + tabular.extension())
                        .build()
                        .toString());
        bytes.writeTo(response.getOutputStream());
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        return form(model, CustomerForm.empty(), Map.of(), null);
    }

    @PostMapping
    String processCreationForm(
            @ModelAttribute CustomerForm form, Model model, Locale locale, RedirectAttributes redirect) {
        var errors = validate(form, form.toNew(), locale);
        if (errors.isEmpty()) {
            try {
                var created = customers.create(form.toNew());
                redirect.addFlashAttribute("created", true);
                redirect.addFlashAttribute("possibleDuplicates", created.possibleDuplicates());
                return "redirect:/customers/" + created.customer().id();
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.put(v.field(), v.message()));
            }
        }
        return form(model, form, errors, null);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        var customer = customers.getForChange(id);
        return form(model, CustomerForm.of(customer), Map.of(), id);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @PathVariable long id,
            @ModelAttribute CustomerForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var errors = validate(form, form.toChange(), locale);
        if (errors.isEmpty()) {
            try {
                customers.update(id, form.toChange(), null);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/customers/" + id;
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.put(v.field(), v.message()));
            } catch (VersionConflictException e) {
                model.addAttribute("conflict", true);
            }
        }
        return form(model, form, errors, id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        customers.delete(id, null);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/customers";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        var customer = customers.get(id);
        var me = CurrentUsers.require();
        model.addAttribute("customer", customer);
        model.addAttribute("names", people.names());
        model.addAttribute(
                "tier",
                tiers.list().stream()
                        .filter(t -> t.code().equals(customer.tier()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("writable", me.role() != Role.ANALYST);
        model.addAttribute("consents", records.consents(id));
        model.addAttribute("channels", ConsentChannel.values());
        model.addAttribute("contacts", records.contacts(id));
        model.addAttribute("notes", records.notes(id));
        model.addAttribute("duplicates", customers.duplicatesOf(id));
        model.addAttribute("panels", panels);
        var recent = timeline.page(id, null, CustomerTimeline.MAX_LIMIT, null, null, locale)
                .items();
        model.addAttribute(
                "timelineKinds",
                new LinkedHashSet<>(
                        recent.stream().map(TimelineEntry::kind).sorted().toList()));
        model.addAttribute(
                "timelineSources",
                new LinkedHashSet<>(
                        recent.stream().map(TimelineEntry::source).sorted().toList()));
        return DETAIL;
    }

    @GetMapping("/{id}/timeline")
    String timeline(
            @PathVariable long id,
            @RequestParam(required = false) Instant before,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String source,
            Locale locale,
            Model model) {
        model.addAttribute("customerId", id);
        model.addAttribute("page", timeline.page(id, before, 20, kind, source, locale));
        model.addAttribute("kind", kind);
        model.addAttribute("source", source);
        return TIMELINE + " :: timeline";
    }

    @PostMapping("/{id}/notes")
    String addNote(@PathVariable long id, @RequestParam String body, RedirectAttributes redirect) {
        try {
            records.addNote(id, new NoteRequest(body));
        } catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("noteError", true);
        }
        return "redirect:/customers/" + id + "#notes";
    }

    @PostMapping("/{id}/consents")
    String recordConsent(
            @PathVariable long id,
            @RequestParam ConsentChannel channel,
            @RequestParam boolean granted,
            @RequestParam(required = false) String method,
            RedirectAttributes redirect) {
        if (method == null || method.isBlank()) {
            redirect.addFlashAttribute("consentError", true);
        } else {
            records.recordConsent(id, new ConsentRequest(channel, granted, method.strip(), null));
        }
        return "redirect:/customers/" + id + "#consents";
    }

    @PostMapping("/{id}/contacts")
    String addContact(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        var request = new ContactRequest(name, blank(title), blank(phone), blank(email), null, null);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute(
                    "contactErrors",
                    violations.stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                            .toList());
        } else {
            records.addContact(id, request);
        }
        return "redirect:/customers/" + id + "#contacts";
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    String deleteContact(@PathVariable long id, @PathVariable long contactId) {
        records.deleteContact(id, contactId);
        return "redirect:/customers/" + id + "#contacts";
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long duplicateId, RedirectAttributes redirect) {
        merger.merge(id, duplicateId);
        redirect.addFlashAttribute("merged", true);
        return "redirect:/customers/" + id;
    }

    private String form(Model model, CustomerForm form, Map<String, String> errors, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("customerId", id);
        addChoices(model);
        return FORM;
    }

    private void addChoices(Model model) {
        var me = CurrentUsers.require();
        model.addAttribute("tiers", tiers.list());
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("teams", identity.listTeams());
        model.addAttribute(
                "owners",
                me.manages()
                        ? identity.listUsers()
                        : identity.findUser(me.id()).stream().toList());
        model.addAttribute("me", me);
    }

    private Map<String, String> validate(CustomerForm form, Object values, Locale locale) {
        var errors = new LinkedHashMap<String, String>(
                form.parseErrors(messages.getMessage("customer.error.date", null, "not a date (yyyy-MM-dd)", locale)));
        for (var v : validator.validate(values)) {
            var field = v.getPropertyPath().toString().replaceAll("\\[.*", "");
            errors.putIfAbsent(field, v.getMessage());
        }
        return errors;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
