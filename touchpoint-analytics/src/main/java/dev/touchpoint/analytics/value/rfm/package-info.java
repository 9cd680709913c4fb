/**
 * RFM analysis: recency, frequency and monetary value per customer, quintile scores 1–5 and the
 * eight-segment model (重要价值客户 … 一般挽留客户). Entry point: {@link
 * dev.touchpoint.analytics.value.rfm.RfmAnalysis}.
 *
 * <p>Source: A. M. Hughes, "Strategic Database Marketing" (1994) for RFM quintiles; the
 * eight-segment split of customers by R, F and M above or below the average is the common Chinese
 * CRM practice (客户价值八分类).
 */
package dev.touchpoint.analytics.value.rfm;
