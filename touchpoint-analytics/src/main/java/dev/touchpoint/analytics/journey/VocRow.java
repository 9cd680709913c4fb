package dev.touchpoint.analytics.journey;

import java.time.LocalDate;

/**
 * The voice-of-the-customer measures of one period and group. A measure without answers in the
 * period and group is {@code null}.
 *
 * @param periodStart the first day of the period
 * @param group the group value ({@link VoiceOfCustomer#ALL} without grouping)
 * @param nps the NPS, or {@code null}
 * @param csat the CSAT, or {@code null}
 * @param ces the CES, or {@code null}
 */
public record VocRow(LocalDate periodStart, String group, NpsScore nps, CsatScore csat, CesScore ces) {}
