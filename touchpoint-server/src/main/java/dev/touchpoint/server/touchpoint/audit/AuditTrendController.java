package dev.touchpoint.server.touchpoint.audit;

import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.touchpoint.catalogue.CatalogueRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The audits dashboard: mean audit score per month of each site, section or touchpoint (the numbers of
 * {@code GET /api/v1/audits/trends}), one line chart per group; each point links to the audits it
 * averages.
 */
@Controller
class AuditTrendController {

    static final List<String> GROUPINGS = List.of("site", "section", "touchpoint");
    static final List<Integer> PERIODS = List.of(3, 6, 12, 24);

    /** One group's line: its label and points with the link to their audits. */
    record Group(String key, String label, List<Map<String, Object>> points) {}

    private final AuditService audits;
    private final AuditTemplates templates;
    private final CatalogueRepository catalogue;
    private final IdentityApi identity;

    AuditTrendController(
            AuditService audits, AuditTemplates templates, CatalogueRepository catalogue, IdentityApi identity) {
        this.audits = audits;
        this.templates = templates;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @GetMapping("/touchpoints/audits/trends")
    String trends(
            @RequestParam(defaultValue = "site") String by,
            @RequestParam(defaultValue = "12") int months,
            Model model) {
        var grouping = GROUPINGS.contains(by) ? by : "site";
        int period = PERIODS.contains(months) ? months : 12;
        var labels = labels(grouping, LocaleContextHolder.getLocale());
        var groups = new LinkedHashMap<String, Group>();
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/touchpoints/audits");
        for (var p : audits.trend(grouping, period)) {
            var group =
                    groups.computeIfAbsent(p.key(), k -> new Group(k, labels.getOrDefault(k, k), new ArrayList<>()));
            var month = p.month().toString().substring(0, 7);
            var link = base.cloneBuilder()
                    .queryParam("month", month)
                    .queryParam(grouping.equals("site") ? "site" : grouping, p.key())
                    .build()
                    .toUriString();
            var point = new LinkedHashMap<String, Object>();
            point.put("month", month);
            point.put("score", p.score());
            point.put("audits", p.audits());
            point.put("link", link);
            group.points().add(point);
        }
        var sorted = new ArrayList<>(groups.values());
        sorted.sort(java.util.Comparator.comparing(Group::label));
        model.addAttribute("groups", sorted);
        // plain maps for the script: the JavaScript serializer needs no knowledge of records
        model.addAttribute(
                "chartData",
                sorted.stream()
                        .map(g -> Map.of("label", g.label(), "points", g.points()))
                        .toList());
        model.addAttribute("by", grouping);
        model.addAttribute("months", period);
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("periods", PERIODS);
        return "touchpoint/audit/audit-trends";
    }

    /** Group key → name in the user's language: team names, section and touchpoint names. */
    private Map<String, String> labels(String grouping, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        var labels = new HashMap<String, String>();
        switch (grouping) {
            case "site" -> identity.listTeams().forEach(t -> labels.put(Long.toString(t.id()), t.name()));
            case "section" ->
                templates
                        .latest()
                        .forEach(t ->
                                t.sections().forEach(s -> labels.putIfAbsent(s.code(), zh ? s.nameZh() : s.nameEn())));
            default -> catalogue.findAll().forEach(t -> labels.put(t.code(), t.name(locale)));
        }
        return labels;
    }
}
