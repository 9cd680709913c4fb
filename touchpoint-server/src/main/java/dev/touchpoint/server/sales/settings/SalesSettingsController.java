package dev.touchpoint.server.sales.settings;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.IdentityApi;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.sales.FollowUpChannel;
import dev.touchpoint.server.sales.FollowUpTopic;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.followup.Cadence;
import dev.touchpoint.server.sales.followup.FollowUpService;
import dev.touchpoint.server.sales.pool.PoolPolicy;
import dev.touchpoint.server.sales.pool.PoolRule;
import dev.touchpoint.server.sales.pool.PoolService;
import dev.touchpoint.server.sales.shared.SalesPages;
import dev.touchpoint.server.sales.webform.WebFormService;
import dev.touchpoint.server.sales.webform.WebFormSettings;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sales settings per team: follow-up cadences, pool rules and the public lead form. */
@Controller
@RequestMapping("/sales")
class SalesSettingsController {

    static final String SETTINGS = "sales/settings/settings";

    private final FollowUpService followUps;
    private final PoolService pool;
    private final WebFormService webForms;
    private final Validator validator;
    private final IdentityApi identity;
    private final SalesPages pages;

    SalesSettingsController(
            FollowUpService followUps,
            PoolService pool,
            WebFormService webForms,
            Validator validator,
            IdentityApi identity,
            SalesPages pages) {
        this.followUps = followUps;
        this.pool = pool;
        this.webForms = webForms;
        this.validator = validator;
        this.identity = identity;
        this.pages = pages;
    }

    @GetMapping("/settings")
    String settings(@RequestParam(defaultValue = "0") long team, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("teams", pages.teams());
        model.addAttribute("cadences", followUps.cadences(team));
        model.addAttribute("policy", pool.policy(team));
        model.addAttribute("channels", FollowUpChannel.values());
        model.addAttribute("topics", FollowUpTopic.values());
        var me = CurrentUsers.require();
        boolean managesTeam = team != 0
                && (me.isAdmin() || (me.role() == Role.MANAGER && me.teamIds().contains(team)));
        model.addAttribute("managesTeam", managesTeam);
        if (managesTeam) {
            var form = webForms.form(team).orElse(null);
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
        pages.addCommon(model);
        return SETTINGS;
    }

    /** Creates the team's public lead form or changes its default rep. */
    @PostMapping("/settings/web-form")
    String saveWebForm(
            @RequestParam long team, @RequestParam(required = false) Long defaultOwnerId, RedirectAttributes redirect) {
        try {
            webForms.save(team, new WebFormSettings(defaultOwnerId));
            redirect.addFlashAttribute("message", "sales.settings.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "sales.settings.invalid");
        }
        return "redirect:/sales/settings?team=" + team;
    }

    /** A new link for the team's form; the old one stops working. */
    @PostMapping("/settings/web-form/rotate")
    String rotateWebForm(@RequestParam long team, RedirectAttributes redirect) {
        webForms.rotate(team);
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
        followUps.saveCadence(
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
            pool.savePolicy(policy);
            redirect.addFlashAttribute("message", "sales.settings.saved");
        }
        return "redirect:/sales/settings?team=" + team;
    }
}
