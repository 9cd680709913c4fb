package dev.touchpoint.server.crosssell.web;

import dev.touchpoint.server.crosssell.action.ActionRepository;
import dev.touchpoint.server.crosssell.action.NextActionService;
import dev.touchpoint.server.crosssell.mining.MiningRepository;
import dev.touchpoint.server.crosssell.mining.MiningRun;
import dev.touchpoint.server.crosssell.mining.MiningService;
import dev.touchpoint.server.crosssell.mining.MiningSettings;
import dev.touchpoint.server.crosssell.mining.RuleView;
import dev.touchpoint.server.crosssell.mining.SettingsRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRepository;
import dev.touchpoint.server.crosssell.need.NeedRuleRequest;
import dev.touchpoint.server.crosssell.need.NeedRuleTemplates;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.VersionConflictException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The cross-sell screens: rules and their chart, sequences, the need-rule editor, call lists. */
@Controller
@RequestMapping("/crosssell")
class CrossSellPageController {

    private final MiningService mining;
    private final MiningRepository runs;
    private final SettingsRepository settings;
    private final NeedRuleRepository needs;
    private final ActionRepository actions;
    private final NextActionService nextActions;
    private final dev.touchpoint.server.crosssell.action.ProactiveService proactive;
    private final Validator validator;
    private final dev.touchpoint.server.customer.CustomerApi customers;
    private final ObjectMapper json;
    private final Clock clock;

    CrossSellPageController(
            MiningService mining,
            MiningRepository runs,
            SettingsRepository settings,
            NeedRuleRepository needs,
            ActionRepository actions,
            NextActionService nextActions,
            dev.touchpoint.server.crosssell.action.ProactiveService proactive,
            Validator validator,
            dev.touchpoint.server.customer.CustomerApi customers,
            ObjectMapper json,
            Clock clock) {
        this.customers = customers;
        this.mining = mining;
        this.runs = runs;
        this.settings = settings;
        this.needs = needs;
        this.actions = actions;
        this.nextActions = nextActions;
        this.proactive = proactive;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping({"", "/rules"})
    String rules(
            @RequestParam(defaultValue = "PRODUCT") String level,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) Double minLift,
            Model model,
            Locale locale) {
        CrossSellAccess.requireRules();
        String lvl = "CATEGORY".equalsIgnoreCase(level) ? "CATEGORY" : "PRODUCT";
        var latest = runs.latestDone();
        String filterItem = item == null || item.isBlank() ? null : item.strip();
        double lift = minLift == null ? 0 : minLift;
        List<RuleView> rules =
                latest.map(r -> runs.rules(r.id(), lvl, filterItem, lift, 200)).orElse(List.of());
        var names = names(locale);
        model.addAttribute("level", lvl);
        model.addAttribute("item", filterItem);
        model.addAttribute("minLift", minLift);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute(
                "previous", latest.flatMap(r -> runs.previousDone(r.id())).orElse(null));
        model.addAttribute("runs", mining.runs(5));
        model.addAttribute("rules", rules);
        model.addAttribute("names", names);
        model.addAttribute("evaluation", latest.map(r -> evaluation(r)).orElse(null));
        model.addAttribute("settings", settings.get());
        model.addAttribute("outcomes", actions.outcomeRows());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("chartRules", chart(rules, names));
        model.addAttribute("network", network(rules, names));
        model.addAttribute(
                "canEditSettings",
                CrossSellAccess.canEditNeeds()
                        && dev.touchpoint.server.identity.CurrentUsers.require().role()
                                == dev.touchpoint.server.identity.Role.ADMIN);
        return "crosssell/rules";
    }

    @GetMapping("/sequences")
    String sequences(
            @RequestParam(defaultValue = "PRODUCT") String level,
            @RequestParam(required = false) String item,
            Model model,
            Locale locale) {
        CrossSellAccess.requireRules();
        String lvl = "CATEGORY".equalsIgnoreCase(level) ? "CATEGORY" : "PRODUCT";
        var latest = runs.latestDone();
        String filterItem = item == null || item.isBlank() ? null : item.strip();
        model.addAttribute("level", lvl);
        model.addAttribute("item", filterItem);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute(
                "sequences",
                latest.map(r -> runs.sequences(r.id(), lvl, filterItem, 200)).orElse(List.of()));
        model.addAttribute("names", names(locale));
        return "crosssell/sequences";
    }

    @PostMapping("/runs")
    String start(RedirectAttributes redirect) {
        CrossSellAccess.requireRules();
        try {
            mining.start(LocalDate.now(clock));
            redirect.addFlashAttribute("message", "crosssell.run.started");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "crosssell.run.busy");
        }
        return "redirect:/crosssell";
    }

    @PostMapping("/settings")
    String saveSettings(
            @RequestParam Double minSupport,
            @RequestParam Double minSequenceSupport,
            @RequestParam Double minConfidence,
            @RequestParam Double minLift,
            @RequestParam Integer maxLength,
            @RequestParam(required = false) Integer maxGapDays,
            @RequestParam Integer attributionDays,
            @RequestParam Double fallbackKmPerDay,
            @RequestParam Integer evaluationMonths,
            @RequestParam Integer version,
            RedirectAttributes redirect) {
        CrossSellAccess.requireAdmin();
        var request = new MiningSettings(
                minSupport,
                minSequenceSupport,
                minConfidence,
                minLift,
                maxLength,
                maxGapDays,
                attributionDays,
                fallbackKmPerDay,
                evaluationMonths,
                version);
        var violations = new ArrayList<FieldViolation>();
        validator
                .validate(request)
                .forEach(v ->
                        violations.add(new FieldViolation(v.getPropertyPath().toString(), "invalid", v.getMessage())));
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute("violations", violations);
            return "redirect:/crosssell#settings";
        }
        try {
            settings.update(request);
            redirect.addFlashAttribute("message", "crosssell.settings.saved");
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("error", "crosssell.settings.conflict");
        }
        return "redirect:/crosssell#settings";
    }

    @GetMapping("/needs")
    String needs(Model model) {
        model.addAttribute("rules", needs.list());
        model.addAttribute("templates", NeedRuleTemplates.DEALERSHIP);
        model.addAttribute("canEdit", CrossSellAccess.canEditNeeds());
        model.addAttribute("proactive", proactive.status());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NeedRuleRequest("", "", "", true, null));
        }
        return "crosssell/needs";
    }

    @PostMapping("/needs")
    String createNeed(
            @RequestParam String rule,
            @RequestParam String nameEn,
            @RequestParam String nameZh,
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        CrossSellAccess.requireNeedEditor();
        var request = new NeedRuleRequest(rule, nameEn, nameZh, active, version);
        var violations = new ArrayList<FieldViolation>();
        validator
                .validate(request)
                .forEach(v ->
                        violations.add(new FieldViolation(v.getPropertyPath().toString(), "invalid", v.getMessage())));
        try {
            if (violations.isEmpty()) {
                if (id == null) {
                    needs.create(request);
                } else {
                    needs.update(id, request);
                }
                redirect.addFlashAttribute("message", "crosssell.needs.saved");
                return "redirect:/crosssell/needs";
            }
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        } catch (VersionConflictException e) {
            violations.add(new FieldViolation("version", "conflict", e.getMessage()));
        }
        redirect.addFlashAttribute("violations", violations);
        redirect.addFlashAttribute("form", request);
        redirect.addFlashAttribute("editId", id);
        return "redirect:/crosssell/needs";
    }

    @PostMapping("/needs/{id}/delete")
    String deleteNeed(@PathVariable long id, RedirectAttributes redirect) {
        CrossSellAccess.requireNeedEditor();
        needs.delete(id);
        redirect.addFlashAttribute("message", "crosssell.needs.deleted");
        return "redirect:/crosssell/needs";
    }

    @PostMapping("/needs/proactive")
    String runProactive(RedirectAttributes redirect) {
        CrossSellAccess.requireNeedEditor();
        var run = proactive.run(clock.instant());
        redirect.addFlashAttribute("proactiveDone", run);
        return "redirect:/crosssell/needs#proactive";
    }

    @PostMapping("/needs/templates")
    String applyTemplates(RedirectAttributes redirect) {
        CrossSellAccess.requireNeedEditor();
        redirect.addFlashAttribute("added", needs.applyDealershipTemplates());
        redirect.addFlashAttribute("message", "crosssell.needs.templatesApplied");
        return "redirect:/crosssell/needs";
    }

    @GetMapping("/calls")
    String calls(@RequestParam(required = false) String offer, Model model, Locale locale) {
        var offers = nextActions.offers(locale);
        String chosen = offer == null || offer.isBlank()
                ? (offers.isEmpty() ? null : (String) offers.get(0).get("offer"))
                : offer;
        model.addAttribute("offers", offers);
        model.addAttribute("offer", chosen);
        var calls = chosen == null
                ? List.<dev.touchpoint.server.crosssell.action.NextActionView>of()
                : nextActions.callList(chosen, 200, locale);
        model.addAttribute("calls", calls);
        model.addAttribute(
                "names", customers.names(calls.stream().map(c -> c.customerId()).toList()));
        return "crosssell/calls";
    }

    /** Product SKUs and category codes by their names in the reader's language. */
    private Map<String, String> names(Locale locale) {
        return new NameLookup(nextActions, locale);
    }

    private Map<String, Object> evaluation(MiningRun run) {
        if (run.evaluation() == null) {
            return null;
        }
        return json.readValue(run.evaluation(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    private static List<Map<String, Object>> chart(List<RuleView> rules, Map<String, String> names) {
        var points = new ArrayList<Map<String, Object>>();
        for (var r : rules) {
            var p = new LinkedHashMap<String, Object>();
            p.put("support", r.support());
            p.put("confidence", r.confidence());
            p.put("lift", r.lift());
            p.put("label", label(r.antecedent(), r.level(), names) + " ⇒ " + label(r.consequent(), r.level(), names));
            points.add(p);
        }
        return points;
    }

    /** Nodes (items) and links (antecedent item → consequent item) of the 60 strongest rules. */
    private static Map<String, Object> network(List<RuleView> rules, Map<String, String> names) {
        var nodes = new LinkedHashMap<String, Map<String, Object>>();
        var links = new ArrayList<Map<String, Object>>();
        for (var r : rules.subList(0, Math.min(60, rules.size()))) {
            for (var a : r.antecedent()) {
                for (var c : r.consequent()) {
                    nodes.computeIfAbsent(a, k -> node(k, r.level(), names));
                    nodes.computeIfAbsent(c, k -> node(k, r.level(), names));
                    links.add(Map.of(
                            "source",
                            names.get(r.level() + ":" + a),
                            "target",
                            names.get(r.level() + ":" + c),
                            "lift",
                            r.lift()));
                }
            }
        }
        return Map.of("nodes", new ArrayList<>(nodes.values()), "links", links);
    }

    private static Map<String, Object> node(String code, String level, Map<String, String> names) {
        return Map.of("name", names.get(level + ":" + code), "code", code);
    }

    private static String label(List<String> items, String level, Map<String, String> names) {
        return String.join(
                " + ", items.stream().map(i -> names.get(level + ":" + i)).toList());
    }

    /** A map view of offer names: {@code PRODUCT:sku} or {@code CATEGORY:code} → name. */
    static final class NameLookup extends java.util.AbstractMap<String, String> {
        private final NextActionService actions;
        private final Locale locale;

        NameLookup(NextActionService actions, Locale locale) {
            this.actions = actions;
            this.locale = locale;
        }

        @Override
        public String get(Object key) {
            return actions.offerName(String.valueOf(key), locale);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return java.util.Set.of();
        }
    }
}
