/**
 * Journey analytics (客户旅程分析, issue 4): funnels, paths, zones, the emotion curve, expectation
 * gaps, peak-end, key touchpoints and the voice of the customer, as JSON under
 * {@code /api/v1/analytics/...} and as ECharts dashboards under {@code /analytics/...}, each number
 * leading to the customers behind it (a scoped call list whose export is audited).
 *
 * <p><b>An analytics read model.</b> The computations are the pure functions of
 * {@code dev.touchpoint.analytics.journey}; this module only feeds them. To do so at volume it reads
 * the touchpoint module's tables ({@code touchpoint_event}, {@code touchpoint}) and, for the call
 * list, the customer module's {@code customer} row with its owner ({@code app_user}) and team
 * <em>read-only</em> with SQL in {@link dev.touchpoint.server.journey.JourneyRepository}: going
 * through the owning modules' Java APIs event by event would be impractical for millions of rows.
 * It never writes to those tables; the only write is the catalogue's key flag, through
 * {@link dev.touchpoint.server.touchpoint.TouchpointApi#setKey}. Aggregation happens in PostgreSQL
 * where SQL does it well (counts, means, first occurrences); the rest streams ordered by subject
 * through {@code SubjectJourneys.groupConsecutive}.
 *
 * <p><b>Access.</b> Every analysis counts only events of customers the caller may see
 * ({@code CustomerApi.scopePredicate("e.customer_id")} inside the query). Events of anonymous
 * visitors (no customer yet) count for ADMIN, ANALYST and MANAGER only; SALES and SERVICE see
 * customers' events alone. Visitors never appear in call lists (they have no name or phone).
 */
package dev.touchpoint.server.journey;
