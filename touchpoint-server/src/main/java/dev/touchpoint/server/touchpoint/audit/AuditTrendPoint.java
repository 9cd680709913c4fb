package dev.touchpoint.server.touchpoint.audit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One point of an audit score trend: the mean score of a group (a site id, a section code or a
 * touchpoint code) in a month, and how many audits it averages.
 */
public record AuditTrendPoint(String key, LocalDate month, BigDecimal score, int audits) {}
