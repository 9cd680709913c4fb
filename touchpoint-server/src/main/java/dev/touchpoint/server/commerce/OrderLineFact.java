package dev.touchpoint.server.commerce;

import java.time.LocalDate;

/**
 * One line of an order that is not cancelled, as product-association mining sees it.
 *
 * @param customerId the customer
 * @param orderId the order
 * @param orderDate its date
 * @param sku the product
 * @param category the product's category code, or null
 * @param kind the product's kind ({@code VEHICLE}, {@code SERVICE_PACKAGE} …)
 * @param deliveredOn the day the order reached DELIVERED, or null
 * @param returned whether the whole line was returned
 */
public record OrderLineFact(
        long customerId,
        long orderId,
        LocalDate orderDate,
        String sku,
        String category,
        String kind,
        LocalDate deliveredOn,
        boolean returned) {}
