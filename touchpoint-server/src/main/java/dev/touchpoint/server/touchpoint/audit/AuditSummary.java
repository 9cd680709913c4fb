package dev.touchpoint.server.touchpoint.audit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An audit in a list, with how many of its corrective tasks are still open. */
public record AuditSummary(
        long id,
        String templateCode,
        int templateVersion,
        long siteTeamId,
        LocalDate date,
        String auditor,
        BigDecimal score,
        int openTasks) {}
