package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.identity.Role;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.VersionConflictException;
import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.Attitude;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.CloseReason;
import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.HandlingMethod;
import dev.touchpoint.server.sales.MemberInput;
import dev.touchpoint.server.sales.NewObjection;
import dev.touchpoint.server.sales.ObjectionType;
import dev.touchpoint.server.sales.OpportunityStatus;
import dev.touchpoint.server.sales.PersonalProfile;
import dev.touchpoint.server.sales.Position;
import dev.touchpoint.server.sales.Research;
import dev.touchpoint.server.sales.SalesStage;
import dev.touchpoint.server.sales.shared.SalesNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Key-account screens: the pipeline board (htmx drag between stages), opportunity page, forecast. */
@Controller
@RequestMapping("/sales")
class PipelineWebController {

    static final String PIPELINE = "sales/opportunity/pipeline";
    static final String BOARD = "partials/sales/opportunity/board :: board";
    static final String OPPORTUNITY = "sales/opportunity/opportunity";
    static final String NEW_OPPORTUNITY = "sales/opportunity/opportunity-form";
    static final String ANALYSIS = "sales/opportunity/analysis";

    private final BuyingCentreService centre;
    private final OpportunityService opportunities;
    private final SalesNames names;

    PipelineWebController(BuyingCentreService centre, OpportunityService opportunities, SalesNames names) {
        this.centre = centre;
        this.opportunities = opportunities;
        this.names = names;
    }

    @GetMapping("/pipeline")
    String pipeline(Model model) {
        board(model);
        return PIPELINE;
    }

    /**
     * A card dropped on another stage (htmx). When exit criteria are unmet and no reason is given,
     * the board comes back with the unmet criteria and a reason field for that card.
     */
    @PostMapping("/pipeline/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam SalesStage stage,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            var moved = opportunities.move(id, new StageMove(stage, reason, null, null), null);
            model.addAttribute("movedId", moved.id());
        } catch (InvalidInputException e) {
            model.addAttribute("blockedId", id);
            model.addAttribute("blockedStage", stage);
            model.addAttribute(
                    "unmet", e.violations().stream().map(v -> v.message()).toList());
        } catch (VersionConflictException e) {
            model.addAttribute("conflict", true);
        }
        board(model);
        return BOARD;
    }

    @GetMapping("/opportunities/new")
    String initCreation(@RequestParam(required = false) Long customerId, Model model) {
        model.addAttribute("customerId", customerId);
        common(model);
        return NEW_OPPORTUNITY;
    }

    @PostMapping("/opportunities")
    String processCreation(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedClose,
            @RequestParam(required = false) Position position,
            @RequestParam(required = false) String competitors,
            Model model) {
        try {
            var o = opportunities.create(new NewOpportunity(
                    customerId,
                    name == null ? "" : name,
                    amount,
                    expectedClose,
                    null,
                    position,
                    competitors,
                    null,
                    null));
            return "redirect:/sales/opportunities/" + o.id();
        } catch (InvalidInputException
                | jakarta.validation.ConstraintViolationException
                | dev.touchpoint.server.platform.NotFoundException e) {
            model.addAttribute("error", true);
            model.addAttribute("customerId", customerId);
            common(model);
            return NEW_OPPORTUNITY;
        }
    }

    @GetMapping("/opportunities/{id}")
    String opportunity(@PathVariable long id, Model model) {
        var o = opportunities.get(id);
        model.addAttribute("o", o);
        model.addAttribute("insight", opportunities.insight(id));
        model.addAttribute("members", centre.members(id));
        model.addAttribute("activities", centre.activities(id));
        model.addAttribute("objections", centre.objections(id));
        model.addAttribute("moves", opportunities.stageMoves(id));
        var me = CurrentUsers.require();
        boolean personal = me.isAdmin()
                || (o.ownerId() != null && o.ownerId() == me.id())
                || (me.role() == Role.MANAGER
                        && o.teamId() != null
                        && me.teamIds().contains(o.teamId()));
        model.addAttribute("personal", personal);
        model.addAttribute("research", personal ? centre.research(id) : null);
        model.addAttribute("writable", me.role() != Role.ANALYST && o.status() == OpportunityStatus.OPEN);
        common(model);
        return OPPORTUNITY;
    }

    @PostMapping("/opportunities/{id}/edit")
    String update(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedClose,
            @RequestParam(required = false) Integer probability,
            @RequestParam Position position,
            @RequestParam(required = false) String competitors,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            opportunities.update(
                    id,
                    new OpportunityChange(name, amount, expectedClose, probability, position, competitors, version),
                    null);
            redirect.addFlashAttribute("message", "sales.opportunity.saved");
        } catch (VersionConflictException | InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/sales/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id}/stage")
    String stage(
            @PathVariable long id,
            @RequestParam SalesStage stage,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) CloseReason winReason,
            RedirectAttributes redirect) {
        try {
            opportunities.move(id, new StageMove(stage, reason, winReason, null), null);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "unmet", e.violations().stream().map(v -> v.message()).toList());
            redirect.addFlashAttribute("blockedStage", stage);
        }
        return "redirect:/sales/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id}/checklist")
    String tick(
            @PathVariable long id,
            @RequestParam ExitCriterion criterion,
            @RequestParam(defaultValue = "false") boolean done) {
        opportunities.tick(id, criterion, done);
        return "redirect:/sales/opportunities/" + id + "#checklist";
    }

    @PostMapping("/opportunities/{id}/assessment")
    String assess(
            @PathVariable long id,
            @RequestParam(required = false) Integer need,
            @RequestParam(required = false) Integer volume,
            @RequestParam(required = false) Integer purchasingPower,
            @RequestParam(required = false) Integer decisionPower,
            @RequestParam(required = false) Integer credit,
            RedirectAttributes redirect) {
        try {
            opportunities.assess(id, new Assessment(need, volume, purchasingPower, decisionPower, credit), null);
        } catch (jakarta.validation.ConstraintViolationException | InvalidInputException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/sales/opportunities/" + id + "#assessment";
    }

    @PostMapping("/opportunities/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String phone,
            @RequestParam BuyingRole role,
            @RequestParam(defaultValue = "false") boolean champion,
            @RequestParam(defaultValue = "false") boolean keyPerson,
            @RequestParam(required = false) Attitude attitude,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastContact,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthday,
            @RequestParam(required = false) String hometown,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String interests,
            @RequestParam(required = false) String family,
            RedirectAttributes redirect) {
        try {
            var profile = new PersonalProfile(birthday, hometown, school, interests, family);
            centre.addMember(
                    id,
                    new MemberInput(
                            name,
                            title,
                            phone,
                            role,
                            champion,
                            keyPerson,
                            attitude,
                            lastContact == null ? null : atNoon(lastContact),
                            profile.isEmpty() ? null : profile,
                            null));
        } catch (jakarta.validation.ConstraintViolationException | InvalidInputException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/sales/opportunities/" + id + "#centre";
    }

    @PostMapping("/opportunities/{id}/members/{memberId}/delete")
    String deleteMember(@PathVariable long id, @PathVariable long memberId) {
        centre.deleteMember(id, memberId);
        return "redirect:/sales/opportunities/" + id + "#centre";
    }

    @PostMapping("/opportunities/{id}/activities")
    String addActivity(
            @PathVariable long id,
            @RequestParam ActivityKind kind,
            @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        try {
            centre.addActivity(id, new NewActivity(kind, memberId, summary == null ? "" : summary, null));
        } catch (jakarta.validation.ConstraintViolationException | InvalidInputException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/sales/opportunities/" + id + "#activities";
    }

    @PostMapping("/opportunities/{id}/objections")
    String addObjection(
            @PathVariable long id,
            @RequestParam ObjectionType type,
            @RequestParam(required = false) String statement,
            @RequestParam(required = false) HandlingMethod method,
            @RequestParam(required = false) String handling,
            @RequestParam(defaultValue = "false") boolean resolved,
            RedirectAttributes redirect) {
        try {
            centre.addObjection(
                    id, new NewObjection(type, statement == null ? "" : statement, method, handling, resolved, null));
        } catch (jakarta.validation.ConstraintViolationException | InvalidInputException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/sales/opportunities/" + id + "#objections";
    }

    @PostMapping("/opportunities/{id}/objections/{objectionId}/resolve")
    String resolve(
            @PathVariable long id,
            @PathVariable long objectionId,
            @RequestParam(required = false) HandlingMethod method,
            @RequestParam(required = false) String handling) {
        centre.updateObjection(id, objectionId, new ObjectionUpdate(method, handling, true, null), null);
        return "redirect:/sales/opportunities/" + id + "#objections";
    }

    @PostMapping("/opportunities/{id}/research")
    String research(
            @PathVariable long id,
            @RequestParam(required = false) String background,
            @RequestParam(required = false) String competitors,
            @RequestParam(required = false) String projectPlan,
            @RequestParam(required = false) String decisionMakers,
            @RequestParam(required = false) String timeline,
            @RequestParam(required = false) String budget,
            @RequestParam(required = false) String procurement,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            centre.saveResearch(
                    id,
                    new Research(
                            background,
                            competitors,
                            projectPlan,
                            decisionMakers,
                            timeline,
                            budget,
                            procurement,
                            version),
                    null);
            redirect.addFlashAttribute("message", "sales.settings.saved");
        } catch (VersionConflictException | InvalidInputException | jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/sales/opportunities/" + id + "#research";
    }

    @PostMapping("/opportunities/{id}/lose")
    String lose(
            @PathVariable long id,
            @RequestParam CloseReason reason,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        opportunities.lose(id, new LossReport(reason, note, null), null);
        redirect.addFlashAttribute("message", "sales.opportunity.lost");
        return "redirect:/sales/opportunities/" + id;
    }

    @GetMapping("/analysis")
    String analysis(Model model) {
        model.addAttribute("forecast", opportunities.forecast());
        model.addAttribute("winLoss", opportunities.winLoss(365));
        common(model);
        return ANALYSIS;
    }

    private void board(Model model) {
        model.addAttribute("columns", opportunities.board());
        common(model);
    }

    private void common(Model model) {
        model.addAttribute("names", names.lookup());
        model.addAttribute("stages", SalesStage.values());
        model.addAttribute("positions", Position.values());
        model.addAttribute("roles", BuyingRole.values());
        model.addAttribute("attitudes", Attitude.values());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("objectionTypes", ObjectionType.values());
        model.addAttribute("methods", HandlingMethod.values());
        model.addAttribute("reasons", CloseReason.values());
        model.addAttribute("me", CurrentUsers.require());
    }

    private static Instant atNoon(LocalDate date) {
        return LocalDateTime.of(date, java.time.LocalTime.NOON)
                .atZone(ZoneId.systemDefault())
                .toInstant();
    }

    static List<SalesStage> forward(SalesStage from) {
        return java.util.Arrays.stream(SalesStage.values())
                .filter(s -> s.ordinal() > from.ordinal())
                .toList();
    }
}
