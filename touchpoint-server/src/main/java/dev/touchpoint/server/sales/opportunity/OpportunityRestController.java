package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.Assessment;
import dev.touchpoint.server.sales.ExitCriterion;
import dev.touchpoint.server.sales.MemberInput;
import dev.touchpoint.server.sales.NewObjection;
import dev.touchpoint.server.sales.Research;
import dev.touchpoint.server.sales.shared.ETags;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of key-account opportunities, their buying centre, activities, objections and analysis. */
@RestController
@RequestMapping("/api/v1/sales")
class OpportunityRestController {

    /** Ticking or unticking a hand-checked exit criterion. */
    record Tick(Boolean done) {}

    private final BuyingCentreService centre;
    private final OpportunityService opportunities;

    OpportunityRestController(BuyingCentreService centre, OpportunityService opportunities) {
        this.centre = centre;
        this.opportunities = opportunities;
    }

    @Operation(summary = "Open a key-account opportunity")
    @PostMapping("/opportunities")
    ResponseEntity<Opportunity> create(@Valid @RequestBody NewOpportunity opportunity) {
        var o = opportunities.create(opportunity);
        return ResponseEntity.created(URI.create("/api/v1/sales/opportunities/" + o.id()))
                .eTag(ETags.of(o.version()))
                .body(o);
    }

    @Operation(summary = "Read an opportunity")
    @GetMapping("/opportunities/{id}")
    ResponseEntity<Opportunity> get(@PathVariable long id) {
        var o = opportunities.get(id);
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(o);
    }

    @Operation(summary = "Change an opportunity")
    @PutMapping("/opportunities/{id}")
    ResponseEntity<Opportunity> update(
            @PathVariable long id,
            @Valid @RequestBody OpportunityChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(opportunities.update(id, change, ETags.version(ifMatch)));
    }

    @Operation(summary = "Assess an opportunity (need, volume, power, credit)")
    @PutMapping("/opportunities/{id}/assessment")
    ResponseEntity<Opportunity> assess(
            @PathVariable long id,
            @Valid @RequestBody Assessment assessment,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(opportunities.assess(id, assessment, ETags.version(ifMatch)));
    }

    @Operation(summary = "Tick or untick an exit criterion")
    @PutMapping("/opportunities/{id}/checklist/{criterion}")
    ResponseEntity<Opportunity> tick(
            @PathVariable long id, @PathVariable ExitCriterion criterion, @RequestBody Tick tick) {
        return tagged(opportunities.tick(id, criterion, Boolean.TRUE.equals(tick.done())));
    }

    /** Moves the opportunity; 400 naming each unmet exit criterion unless an override reason is given. */
    @Operation(summary = "Move an opportunity to another stage")
    @PostMapping("/opportunities/{id}/stage")
    ResponseEntity<Opportunity> move(
            @PathVariable long id,
            @Valid @RequestBody StageMove move,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(opportunities.move(id, move, ETags.version(ifMatch)));
    }

    @Operation(summary = "Close an opportunity as lost")
    @PostMapping("/opportunities/{id}/lose")
    ResponseEntity<Opportunity> lose(
            @PathVariable long id,
            @Valid @RequestBody LossReport report,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(opportunities.lose(id, report, ETags.version(ifMatch)));
    }

    @Operation(summary = "List an opportunity's stage moves")
    @GetMapping("/opportunities/{id}/stage-moves")
    List<StageChange> stageMoves(@PathVariable long id) {
        return opportunities.stageMoves(id);
    }

    /** Checklist, coverage, risk and advice codes. */
    @Operation(summary = "Risk, coverage of the buying centre and advice")
    @GetMapping("/opportunities/{id}/insight")
    OpportunityInsight insight(@PathVariable long id) {
        return opportunities.insight(id);
    }

    @Operation(summary = "List the buying centre")
    @GetMapping("/opportunities/{id}/members")
    List<Member> members(@PathVariable long id) {
        return centre.members(id);
    }

    @Operation(summary = "Add a buying-centre member")
    @PostMapping("/opportunities/{id}/members")
    ResponseEntity<Member> addMember(@PathVariable long id, @Valid @RequestBody MemberInput member) {
        var m = centre.addMember(id, member);
        return ResponseEntity.created(URI.create("/api/v1/sales/opportunities/" + id + "/members/" + m.id()))
                .eTag(ETags.of(m.version()))
                .body(m);
    }

    @Operation(summary = "Change a buying-centre member")
    @PutMapping("/opportunities/{id}/members/{memberId}")
    ResponseEntity<Member> updateMember(
            @PathVariable long id,
            @PathVariable long memberId,
            @Valid @RequestBody MemberInput member,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var m = centre.updateMember(id, memberId, member, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(m.version())).body(m);
    }

    @Operation(summary = "Remove a buying-centre member")
    @DeleteMapping("/opportunities/{id}/members/{memberId}")
    ResponseEntity<Void> deleteMember(@PathVariable long id, @PathVariable long memberId) {
        centre.deleteMember(id, memberId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List an opportunity's activities")
    @GetMapping("/opportunities/{id}/activities")
    List<Activity> activities(@PathVariable long id) {
        return centre.activities(id);
    }

    @Operation(summary = "Record an activity (one of the eight weapons)")
    @PostMapping("/opportunities/{id}/activities")
    ResponseEntity<Activity> addActivity(@PathVariable long id, @Valid @RequestBody NewActivity activity) {
        return ResponseEntity.status(201).body(centre.addActivity(id, activity));
    }

    @Operation(summary = "List an opportunity's objections")
    @GetMapping("/opportunities/{id}/objections")
    List<Objection> objections(@PathVariable long id) {
        return centre.objections(id);
    }

    @Operation(summary = "Log an objection")
    @PostMapping("/opportunities/{id}/objections")
    ResponseEntity<Objection> addObjection(@PathVariable long id, @Valid @RequestBody NewObjection objection) {
        return ResponseEntity.status(201).body(centre.addObjection(id, objection));
    }

    @Operation(summary = "Record how an objection was handled")
    @PutMapping("/opportunities/{id}/objections/{objectionId}")
    Objection updateObjection(
            @PathVariable long id,
            @PathVariable long objectionId,
            @Valid @RequestBody ObjectionUpdate update,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return centre.updateObjection(id, objectionId, update, ETags.version(ifMatch));
    }

    @Operation(summary = "Read the pre-visit research")
    @GetMapping("/opportunities/{id}/research")
    ResponseEntity<Research> research(@PathVariable long id) {
        var r = centre.research(id);
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
    }

    @Operation(summary = "Save the pre-visit research")
    @PutMapping("/opportunities/{id}/research")
    ResponseEntity<Research> saveResearch(
            @PathVariable long id,
            @Valid @RequestBody Research research,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var r = centre.saveResearch(id, research, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
    }

    @Operation(summary = "The pipeline board: opportunities by stage")
    @GetMapping("/pipeline")
    List<PipelineColumn> pipeline() {
        return opportunities.board();
    }

    @Operation(summary = "Weighted pipeline forecast by month")
    @GetMapping("/forecast")
    List<ForecastMonth> forecast() {
        return opportunities.forecast();
    }

    @Operation(summary = "Win/loss analysis of closed opportunities")
    @GetMapping("/win-loss")
    WinLoss winLoss(@RequestParam(defaultValue = "365") int days) {
        return opportunities.winLoss(days);
    }

    @Operation(summary = "List a customer's opportunities")
    @GetMapping("/customers/{customerId}/opportunities")
    List<Opportunity> ofCustomer(@PathVariable long customerId) {
        return opportunities.forCustomer(customerId);
    }

    private static ResponseEntity<Opportunity> tagged(Opportunity o) {
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(o);
    }
}
