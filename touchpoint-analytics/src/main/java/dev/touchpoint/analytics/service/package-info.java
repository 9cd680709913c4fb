/**
 * Service levels (服务, DOMAIN.md §4): business-time clocks for SLA targets and the four fast-reply
 * metrics of seed 000 (快速回复: 首次响应时间 first response time, 平均响应时间 average response
 * time, 首次解决率 first-contact resolution rate, 平均解决时间 average resolution time).
 *
 * <p>{@link dev.touchpoint.analytics.service.BusinessCalendar} measures time in business minutes:
 * working hours per weekday, public holidays and make-up working days (调休上班日) in a time zone,
 * or 24×7. {@link dev.touchpoint.analytics.service.SlaClock} turns a start, an optional stop,
 * pauses and a target into a state (running, due soon, paused, breached, met, missed).
 * {@link dev.touchpoint.analytics.service.ReplyTimes} measures one conversation;
 * {@link dev.touchpoint.analytics.service.FastReplyMetrics} aggregates many with mean, median and
 * 90th percentile, and first-contact resolution under both definitions.
 *
 * <p>Everything is a pure function of immutable records: no clock is read, no framework is used.
 * The formulas, in English and Chinese, are in {@code docs/service.md}.
 */
package dev.touchpoint.analytics.service;
