package dev.touchpoint.server.journey;

import dev.touchpoint.server.identity.AuditLog;
import dev.touchpoint.server.identity.CurrentUsers;
import dev.touchpoint.server.journey.JourneyRequests.Cohort;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.tabular.TabularFormat;
import dev.touchpoint.server.platform.tabular.TabularWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * "Who are they": the customers behind a number of a dashboard as a call list (name, phone, tier,
 * owner, team), scoped to the caller; exporting it is audited with the cohort and the row count.
 * A cohort travels in links as base64url-encoded JSON ({@code ?cohort=…}).
 */
@Service
class CallLists {

    private static final int EXPORT_LIMIT = 100_000;

    private final Cohorts cohorts;
    private final JourneyRepository repository;
    private final JourneyFacts facts;
    private final AuditLog audit;
    private final ObjectMapper json;

    CallLists(JourneyFacts facts, Cohorts cohorts, JourneyRepository repository, AuditLog audit, ObjectMapper json) {
        this.cohorts = cohorts;
        this.repository = repository;
        this.facts = facts;
        this.audit = audit;
        this.json = json;
    }

    String encode(Cohort cohort) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.writeValueAsString(cohort).getBytes(StandardCharsets.UTF_8));
    }

    Cohort decode(String token) {
        try {
            return json.readValue(
                    new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8), Cohort.class);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cohort", "format", "cohort is not a valid encoded cohort");
        }
    }

    PageResult<CallListRow> page(Cohort cohort, PageRequest page) {
        var ids = cohorts.cohort(cohort);
        var user = CurrentUsers.require();
        long total = facts.callListSize(ids, user);
        return new PageResult<>(facts.callList(ids, user, page.offset(), page.size()), total, page.page(), page.size());
    }

    void export(Cohort cohort, TabularFormat format, OutputStream out) {
        var ids = cohorts.cohort(cohort);
        var rows = new ArrayList<List<Object>>();
        for (var r : facts.callList(ids, CurrentUsers.require(), 0, EXPORT_LIMIT)) {
            rows.add(Arrays.asList(r.id(), r.name(), r.phone(), r.tier(), r.owner(), r.team()));
        }
        TabularWriter.write(format, List.of("id", "name", "phone", "tier", "owner", "team"), rows, out);
        var details = new LinkedHashMap<String, Object>();
        details.put("cohort", json.writeValueAsString(cohort));
        details.put("format", format.extension());
        details.put("rows", rows.size());
        audit.record(
                AuditLog.Action.EXPORT,
                "journey_call_list",
                cohort.type(),
                rows.size() + " customers exported",
                details);
    }
}
