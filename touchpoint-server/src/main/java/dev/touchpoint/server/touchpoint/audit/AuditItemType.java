package dev.touchpoint.server.touchpoint.audit;

/**
 * How an audit checklist item is answered and when it passes (see {@link AuditScoring}).
 */
public enum AuditItemType {
    /** Answer 1 (yes) or 0 (no); passes on yes. */
    YES_NO,
    /** Answer 1–5; earns (answer − 1) / 4 of its weight; passes at 3 or more. */
    SCALE,
    /** Answer = seconds it took; passes (and earns its weight) when within {@code limitSeconds}. */
    TIMED,
    /** Answer = a measured number; passes (and earns its weight) when it meets {@code target}. */
    NUMERIC
}
