package dev.touchpoint.server.journey;

import dev.touchpoint.server.journey.ExperienceAnalysis.EmotionView;
import dev.touchpoint.server.journey.ExperienceAnalysis.PeakEndView;
import dev.touchpoint.server.journey.ExperienceAnalysis.VoiceView;
import dev.touchpoint.server.journey.FunnelAnalysis.FunnelView;
import dev.touchpoint.server.journey.JourneyRequests.Cohort;
import dev.touchpoint.server.journey.JourneyRequests.FunnelRequest;
import dev.touchpoint.server.journey.KeyTouchpointAnalysis.KeyView;
import dev.touchpoint.server.journey.MovementAnalysis.PathView;
import dev.touchpoint.server.journey.MovementAnalysis.ZoneView;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.touchpoint.Touchpoint;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Journey analytics as JSON; every figure counts only what the caller may see. */
@RestController
@RequestMapping("/api/v1/analytics")
class JourneyRestController {

    private final FunnelAnalysis funnels;
    private final MovementAnalysis movement;
    private final ExperienceAnalysis experience;
    private final KeyTouchpointAnalysis keys;
    private final CallLists callLists;
    private final TouchpointApi touchpoints;

    JourneyRestController(
            FunnelAnalysis funnels,
            MovementAnalysis movement,
            ExperienceAnalysis experience,
            KeyTouchpointAnalysis keys,
            CallLists callLists,
            TouchpointApi touchpoints) {
        this.funnels = funnels;
        this.movement = movement;
        this.experience = experience;
        this.keys = keys;
        this.callLists = callLists;
        this.touchpoints = touchpoints;
    }

    /** A funnel; each step links to the customers who dropped after it. */
    @Operation(summary = "Compute a funnel over touchpoint events")
    @PostMapping("/funnel")
    FunnelView funnel(@RequestBody FunnelRequest request, Locale locale) {
        return funnels.funnel(
                request,
                locale,
                step -> "/analytics/customers?cohort="
                        + callLists.encode(
                                new Cohort("FUNNEL_DROPPED", request, step, null, null, null, null, null, null, null)));
    }

    @Operation(summary = "Most common paths between zones or touchpoints (Sankey)")
    @GetMapping("/paths")
    PathView paths(
            @RequestParam String touchpoint,
            @RequestParam(defaultValue = "start") String direction,
            @RequestParam(required = false) Integer steps,
            @RequestParam(required = false) Integer topK,
            @RequestParam(defaultValue = "false") boolean byZone,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        return movement.paths(touchpoint, direction, steps, topK, byZone, from, to, locale);
    }

    @Operation(summary = "Arrivals, dwell, capture rate, product conversion and friction per zone")
    @GetMapping("/zones")
    ZoneView zones(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer purchaseWindowDays,
            @RequestParam(required = false) Integer returnDays,
            @RequestParam(required = false) String timeZone,
            java.util.Locale locale) {
        return movement.zones(from, to, purchaseWindowDays, returnDays, timeZone, locale);
    }

    /** The emotion curve per stage and touchpoint, and the expectation gaps. */
    @Operation(summary = "Emotion curve per touchpoint with confidence intervals and bottlenecks")
    @GetMapping("/emotion")
    EmotionView emotion(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        return experience.emotion(from, to, locale);
    }

    @Operation(summary = "First, peak, valley and end touchpoints of journeys")
    @GetMapping("/peak-end")
    PeakEndView peakEnd(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer afterSaleDays,
            @RequestParam(required = false) String outcome,
            Locale locale) {
        return experience.peakEnd(from, to, afterSaleDays, outcome, locale);
    }

    @Operation(summary = "Rank touchpoints by their effect on conversion (odds ratios, importance-performance)")
    @GetMapping("/key-touchpoints")
    KeyView keyTouchpoints(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String conversion,
            @RequestParam(defaultValue = "false") boolean visitors,
            @RequestParam(required = false) String performance,
            Locale locale) {
        return keys.keyTouchpoints(from, to, conversion, visitors, performance, locale);
    }

    /** The key flag request of {@link #setKey}. */
    record KeyFlag(boolean key) {}

    /** Sets the catalogue's key flag from the ranking (administrators and managers). */
    @Operation(summary = "Mark or unmark a touchpoint as key")
    @PostMapping("/key-touchpoints/{code}/key")
    Touchpoint setKey(@PathVariable String code, @RequestBody KeyFlag flag) {
        return touchpoints.setKey(code, flag.key());
    }

    @Operation(summary = "Voice of the customer: NPS, CSAT and CES")
    @GetMapping("/voice")
    VoiceView voice(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String bucket,
            @RequestParam(required = false) String groupBy,
            Locale locale) {
        return experience.voice(from, to, bucket, groupBy, locale);
    }

    /** The customers behind a number (a call list), given as a JSON cohort. */
    @Operation(summary = "List the customers behind a funnel step (call list)")
    @PostMapping("/customers")
    PageResult<CallListRow> customers(
            @RequestBody Cohort cohort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return callLists.page(cohort, PageRequest.of(page, size));
    }

    /** The customers behind a number, the cohort encoded as in the dashboards' links. */
    @Operation(summary = "List the customers behind a journey figure (call list)")
    @GetMapping("/customers")
    PageResult<CallListRow> customers(
            @RequestParam String cohort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return callLists.page(callLists.decode(cohort), PageRequest.of(page, size));
    }

    /** Exports a call list (audited with the cohort and the row count). */
    @Operation(summary = "Export a call list as CSV or XLSX (audited)")
    @GetMapping("/customers/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String cohort, @RequestParam(defaultValue = "csv") String format) {
        var tabular = TabularFormat.of(format);
        var bytes = new java.io.ByteArrayOutputStream();
        callLists.export(callLists.decode(cohort), tabular, bytes);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(tabular.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("call-list." + tabular.extension())
                                .build()
                                .toString())
                .body(out -> bytes.writeTo(out));
    }
}
