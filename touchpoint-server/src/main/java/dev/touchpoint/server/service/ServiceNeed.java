package dev.touchpoint.server.service;

import java.time.LocalDate;

/**
 * A service need of a customer that has fallen due (the cross-sell module's need rules: the first
 * service at 5,000 km or 3 months, the regular service), handed to the care plans for proactive service.
 *
 * @param occasion what makes it one need, e.g. {@code need:3:2026-05-14} (rule and trigger day): the care
 *     rule runs once per customer and occasion
 * @param nameZh the need's name in Chinese
 * @param nameEn the need's name in English
 */
public record ServiceNeed(long customerId, String occasion, LocalDate dueDate, String nameZh, String nameEn) {}
