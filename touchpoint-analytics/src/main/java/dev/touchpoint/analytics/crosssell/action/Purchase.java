package dev.touchpoint.analytics.crosssell.action;

import java.time.LocalDate;

/**
 * A product bought.
 *
 * @param date when
 * @param sku the product
 * @param category its category code
 */
public record Purchase(LocalDate date, String sku, String category) {}
