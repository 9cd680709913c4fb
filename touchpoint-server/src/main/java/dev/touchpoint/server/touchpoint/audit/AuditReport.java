package dev.touchpoint.server.touchpoint.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A scored audit with its section scores, item results and the corrective tasks it opened. */
public record AuditReport(
        long id,
        String templateCode,
        int templateVersion,
        String templateName,
        long siteTeamId,
        LocalDate date,
        String auditor,
        BigDecimal score,
        List<SectionScore> sections,
        List<ItemResult> items,
        List<CorrectiveTask> tasks,
        String notes,
        Instant createdAt) {

    /** Score of one section out of 100; null when nothing in it applied. */
    public record SectionScore(String code, String nameZh, String nameEn, BigDecimal score) {}

    /** One answered item. */
    public record ItemResult(
            String section,
            String item,
            String textZh,
            String textEn,
            AuditItemType type,
            BigDecimal answer,
            boolean notApplicable,
            boolean passed,
            BigDecimal points,
            BigDecimal maxPoints,
            String touchpoint,
            String note) {}
}
