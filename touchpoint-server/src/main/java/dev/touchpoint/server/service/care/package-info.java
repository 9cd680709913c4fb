/**
 * Care plans (seed 002 基本服务): steps on order stages and dates, delivered through channels (log,
 * SMTP), service tasks, proactive contacts from early warnings, and the over-service guard
 * (consent, frequency cap, quiet hours) with what it held back. Templates in {@code
 * templates/service/care}.
 */
package dev.touchpoint.server.service.care;
