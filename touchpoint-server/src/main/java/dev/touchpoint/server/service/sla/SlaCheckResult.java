package dev.touchpoint.server.service.sla;

/** What one SLA escalation check found among the open tickets. */
public record SlaCheckResult(int checked, int dueSoon, int breached, int escalations) {}
