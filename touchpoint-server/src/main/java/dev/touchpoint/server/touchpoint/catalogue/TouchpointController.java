package dev.touchpoint.server.touchpoint.catalogue;

import dev.touchpoint.analytics.journey.JourneyStage;
import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.touchpoint.ControlMetric;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.TouchpointChannel;
import dev.touchpoint.server.touchpoint.TouchpointLine;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Catalogue and matrix pages; administrators and managers edit entries and apply templates. */
@Controller
class TouchpointController {

    private final CatalogueService catalogue;
    private final MatrixService matrix;
    private final IdentityApi identity;
    private final Validator validator;

    TouchpointController(CatalogueService catalogue, MatrixService matrix, IdentityApi identity, Validator validator) {
        this.catalogue = catalogue;
        this.matrix = matrix;
        this.identity = identity;
        this.validator = validator;
    }

    @GetMapping("/touchpoints")
    String list(Model model) {
        model.addAttribute("touchpoints", catalogue.list());
        model.addAttribute("templates", CatalogueTemplates.ALL);
        return "touchpoint/catalogue/catalogue";
    }

    @GetMapping("/touchpoints/matrix")
    String matrix(
            @RequestParam(required = false) Long site, @RequestParam(defaultValue = "12") int months, Model model) {
        var teams = identity.listTeams();
        var chosen = site == null
                ? null
                : teams.stream()
                        .filter(t -> t.id() == site)
                        .findFirst()
                        .orElseThrow(() -> new dev.touchpoint.server.platform.NotFoundException("site", site));
        int period = MatrixService.PERIODS.contains(months) ? months : 12;
        model.addAttribute("rows", matrix.matrix(chosen, period));
        model.addAttribute("sites", teams);
        model.addAttribute("site", site);
        model.addAttribute("months", period);
        model.addAttribute("periods", MatrixService.PERIODS);
        model.addAttribute("stages", JourneyStage.values());
        return "touchpoint/catalogue/matrix";
    }

    @PostMapping("/touchpoints/templates")
    String apply(@RequestParam String template, RedirectAttributes redirect) {
        redirect.addFlashAttribute("applied", catalogue.applyTemplate(template));
        return "redirect:/touchpoints";
    }

    @GetMapping("/touchpoints/new")
    String newForm(Model model) {
        model.addAttribute("form", Form.empty().fields());
        return form(model, null);
    }

    @GetMapping("/touchpoints/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", Form.of(catalogue.get(code)).fields());
        return form(model, code);
    }

    @PostMapping("/touchpoints")
    String create(@RequestParam Map<String, String> params, Model model) {
        var form = Form.from(params);
        try {
            var created = catalogue.create(form.toRequest(validator));
            return "redirect:/touchpoints?saved=" + created.code();
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.fields());
            model.addAttribute("violations", e.violations());
            return form(model, null);
        }
    }

    @PostMapping("/touchpoints/{code}")
    String update(@PathVariable String code, @RequestParam Map<String, String> params, Model model) {
        var form = Form.from(params);
        try {
            var saved = catalogue.update(code, form.toRequest(validator), null);
            return "redirect:/touchpoints?saved=" + saved.code();
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.fields());
            model.addAttribute("violations", e.violations());
            return form(model, code);
        } catch (VersionConflictException e) {
            model.addAttribute("form", form.fields());
            model.addAttribute("conflict", true);
            return form(model, code);
        }
    }

    private String form(Model model, String code) {
        model.addAttribute("code", code);
        model.addAttribute("lines", TouchpointLine.values());
        model.addAttribute("stages", JourneyStage.values());
        model.addAttribute("kinds", TouchpointKind.values());
        model.addAttribute("channels", TouchpointChannel.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", identity.listTeams());
        return "touchpoint/catalogue/edit";
    }

    /** The edit form's fields as text, so a rejected form comes back as typed. */
    record Form(Map<String, String> fields) {

        static Form empty() {
            return new Form(Map.of(
                    "line",
                    "SERVICE",
                    "stage",
                    "INQUIRY",
                    "kind",
                    "EXPERIENCE",
                    "channel",
                    "STORE",
                    "ownerRole",
                    "SALES"));
        }

        static Form of(Touchpoint t) {
            var f = new java.util.HashMap<String, String>();
            f.put("code", t.code());
            f.put("nameZh", t.nameZh());
            f.put("nameEn", t.nameEn());
            f.put("line", t.line().name());
            f.put("stage", t.stage().name());
            f.put("kind", t.kind().name());
            f.put("channel", t.channel().name());
            f.put("ownerRole", t.ownerRole().name());
            f.put("information", t.information());
            f.put("conveyedHow", t.conveyedHow());
            f.put("key", Boolean.toString(t.key()));
            f.put("siteTeamId", t.siteTeamId() == null ? "" : t.siteTeamId().toString());
            f.put("zone", t.zone());
            f.put("position", Integer.toString(t.position()));
            f.put("version", Integer.toString(t.version()));
            var metrics = new StringBuilder();
            for (var m : t.controlMetrics()) {
                metrics.append(m.name())
                        .append(" | ")
                        .append(m.target() == null ? "" : m.target().toPlainString())
                        .append(" | ")
                        .append(m.unit() == null ? "" : m.unit())
                        .append(" | ")
                        .append(m.howMeasured() == null ? "" : m.howMeasured())
                        .append('\n');
            }
            f.put("metrics", metrics.toString());
            return new Form(f);
        }

        static Form from(Map<String, String> params) {
            var f = new java.util.HashMap<>(params);
            f.remove("_csrf");
            return new Form(f);
        }

        String get(String name) {
            return fields.get(name);
        }

        boolean key() {
            return "true".equals(fields.get("key")) || "on".equals(fields.get("key"));
        }

        TouchpointRequest toRequest(Validator validator) {
            var violations = new ArrayList<FieldViolation>();
            var request = new TouchpointRequest(
                    trim("code"),
                    trim("nameZh"),
                    trim("nameEn"),
                    parse(TouchpointLine.class, "line", violations),
                    parse(JourneyStage.class, "stage", violations),
                    parse(TouchpointKind.class, "kind", violations),
                    parse(TouchpointChannel.class, "channel", violations),
                    parse(Role.class, "ownerRole", violations),
                    trim("information"),
                    trim("conveyedHow"),
                    key(),
                    metrics(violations),
                    number("siteTeamId", violations),
                    trim("zone"),
                    intOrNull("position", violations),
                    intOrNull("version", violations));
            for (var v : validator.validate(request)) {
                violations.add(new FieldViolation(v.getPropertyPath().toString(), "invalid", v.getMessage()));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return request;
        }

        private List<ControlMetric> metrics(List<FieldViolation> violations) {
            var result = new ArrayList<ControlMetric>();
            var text = fields.get("metrics");
            if (text == null) {
                return result;
            }
            for (var line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                var parts = line.split("\\|", -1);
                BigDecimal target = null;
                if (parts.length > 1 && !parts[1].isBlank()) {
                    try {
                        target = new BigDecimal(parts[1].strip());
                    } catch (NumberFormatException e) {
                        violations.add(new FieldViolation("metrics", "format", "target must be a number: " + line));
                    }
                }
                result.add(new ControlMetric(
                        parts[0].strip(),
                        target,
                        parts.length > 2 ? parts[2].strip() : null,
                        parts.length > 3 ? parts[3].strip() : null));
            }
            return result;
        }

        private String trim(String name) {
            var v = fields.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        private <E extends Enum<E>> E parse(Class<E> type, String name, List<FieldViolation> violations) {
            try {
                return trim(name) == null ? null : Enum.valueOf(type, trim(name));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(name, "oneOf", "unknown value"));
                return null;
            }
        }

        private Long number(String name, List<FieldViolation> violations) {
            try {
                return trim(name) == null ? null : Long.valueOf(trim(name));
            } catch (NumberFormatException e) {
                violations.add(new FieldViolation(name, "format", "must be a number"));
                return null;
            }
        }

        private Integer intOrNull(String name, List<FieldViolation> violations) {
            var n = number(name, violations);
            return n == null ? null : n.intValue();
        }
    }
}
