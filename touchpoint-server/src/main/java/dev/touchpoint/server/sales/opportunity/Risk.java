package dev.touchpoint.server.sales.opportunity;

import java.util.List;

/**
 * The risk of an opportunity from its assessment, 0 (none) to 100, with the reasons (codes such as
 * {@code CREDIT_LOW} or {@code NEED_UNKNOWN}; texts are {@code sales.risk.reason.<code>}).
 *
 * @param level {@code LOW} under 30, {@code MEDIUM} under 60, else {@code HIGH}
 */
public record Risk(int score, String level, List<String> reasons) {

    public Risk {
        reasons = List.copyOf(reasons);
    }
}
