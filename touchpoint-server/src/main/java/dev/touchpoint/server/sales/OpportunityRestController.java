package dev.touchpoint.server.sales;

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
    record Tick(Boolean done) {
    }

    private final SalesApi sales;

    OpportunityRestController(SalesApi sales) {
        this.sales = sales;
    }

    @PostMapping("/opportunities")
    ResponseEntity<Opportunity> create(@Valid @RequestBody NewOpportunity opportunity) {
        var o = sales.createOpportunity(opportunity);
        return ResponseEntity.created(URI.create("/api/v1/sales/opportunities/" + o.id())).eTag(ETags.of(o.version()))
                .body(o);
    }

    @GetMapping("/opportunities/{id}")
    ResponseEntity<Opportunity> get(@PathVariable long id) {
        var o = sales.opportunity(id);
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(o);
    }

    @PutMapping("/opportunities/{id}")
    ResponseEntity<Opportunity> update(@PathVariable long id, @Valid @RequestBody OpportunityChange change,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(sales.updateOpportunity(id, change, ETags.version(ifMatch)));
    }

    @PutMapping("/opportunities/{id}/assessment")
    ResponseEntity<Opportunity> assess(@PathVariable long id, @Valid @RequestBody Assessment assessment,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(sales.assess(id, assessment, ETags.version(ifMatch)));
    }

    @PutMapping("/opportunities/{id}/checklist/{criterion}")
    ResponseEntity<Opportunity> tick(@PathVariable long id, @PathVariable ExitCriterion criterion,
            @RequestBody Tick tick) {
        return tagged(sales.tick(id, criterion, Boolean.TRUE.equals(tick.done())));
    }

    /** Moves the opportunity; 400 naming each unmet exit criterion unless an override reason is given. */
    @PostMapping("/opportunities/{id}/stage")
    ResponseEntity<Opportunity> move(@PathVariable long id, @Valid @RequestBody StageMove move,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(sales.move(id, move, ETags.version(ifMatch)));
    }

    @PostMapping("/opportunities/{id}/lose")
    ResponseEntity<Opportunity> lose(@PathVariable long id, @Valid @RequestBody LossReport report,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(sales.lose(id, report, ETags.version(ifMatch)));
    }

    @GetMapping("/opportunities/{id}/stage-moves")
    List<StageChange> stageMoves(@PathVariable long id) {
        return sales.stageMoves(id);
    }

    /** Checklist, coverage, risk and advice codes. */
    @GetMapping("/opportunities/{id}/insight")
    OpportunityInsight insight(@PathVariable long id) {
        return sales.insight(id);
    }

    @GetMapping("/opportunities/{id}/members")
    List<Member> members(@PathVariable long id) {
        return sales.members(id);
    }

    @PostMapping("/opportunities/{id}/members")
    ResponseEntity<Member> addMember(@PathVariable long id, @Valid @RequestBody MemberInput member) {
        var m = sales.addMember(id, member);
        return ResponseEntity.created(URI.create("/api/v1/sales/opportunities/" + id + "/members/" + m.id()))
                .eTag(ETags.of(m.version())).body(m);
    }

    @PutMapping("/opportunities/{id}/members/{memberId}")
    ResponseEntity<Member> updateMember(@PathVariable long id, @PathVariable long memberId,
            @Valid @RequestBody MemberInput member,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var m = sales.updateMember(id, memberId, member, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(m.version())).body(m);
    }

    @DeleteMapping("/opportunities/{id}/members/{memberId}")
    ResponseEntity<Void> deleteMember(@PathVariable long id, @PathVariable long memberId) {
        sales.deleteMember(id, memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/opportunities/{id}/activities")
    List<Activity> activities(@PathVariable long id) {
        return sales.activities(id);
    }

    @PostMapping("/opportunities/{id}/activities")
    ResponseEntity<Activity> addActivity(@PathVariable long id, @Valid @RequestBody NewActivity activity) {
        return ResponseEntity.status(201).body(sales.addActivity(id, activity));
    }

    @GetMapping("/opportunities/{id}/objections")
    List<Objection> objections(@PathVariable long id) {
        return sales.objections(id);
    }

    @PostMapping("/opportunities/{id}/objections")
    ResponseEntity<Objection> addObjection(@PathVariable long id, @Valid @RequestBody NewObjection objection) {
        return ResponseEntity.status(201).body(sales.addObjection(id, objection));
    }

    @PutMapping("/opportunities/{id}/objections/{objectionId}")
    Objection updateObjection(@PathVariable long id, @PathVariable long objectionId,
            @Valid @RequestBody ObjectionUpdate update,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return sales.updateObjection(id, objectionId, update, ETags.version(ifMatch));
    }

    @GetMapping("/opportunities/{id}/research")
    ResponseEntity<Research> research(@PathVariable long id) {
        var r = sales.research(id);
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
    }

    @PutMapping("/opportunities/{id}/research")
    ResponseEntity<Research> saveResearch(@PathVariable long id, @Valid @RequestBody Research research,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var r = sales.saveResearch(id, research, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
    }

    @GetMapping("/pipeline")
    List<PipelineColumn> pipeline() {
        return sales.pipeline();
    }

    @GetMapping("/forecast")
    List<ForecastMonth> forecast() {
        return sales.forecast();
    }

    @GetMapping("/win-loss")
    WinLoss winLoss(@RequestParam(defaultValue = "365") int days) {
        return sales.winLoss(days);
    }

    @GetMapping("/customers/{customerId}/opportunities")
    List<Opportunity> ofCustomer(@PathVariable long customerId) {
        return sales.opportunitiesOfCustomer(customerId);
    }

    private static ResponseEntity<Opportunity> tagged(Opportunity o) {
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(o);
    }
}
