package dev.touchpoint.server.commerce.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The new-order web form: header fields and parallel arrays of line fields (one entry per line row).
 */
record OrderForm(
        Long customerId,
        LocalDate orderDate,
        Long teamId,
        String channel,
        LocalDate dueDate,
        String notes,
        String creditOverrideReason,
        List<String> productId,
        List<String> quantity,
        List<String> unitPrice,
        List<String> discountPercent) {

    OrderForm {
        productId = productId == null ? new ArrayList<>() : new ArrayList<>(productId);
        quantity = quantity == null ? new ArrayList<>() : new ArrayList<>(quantity);
        unitPrice = unitPrice == null ? new ArrayList<>() : new ArrayList<>(unitPrice);
        discountPercent = discountPercent == null ? new ArrayList<>() : new ArrayList<>(discountPercent);
    }

    static OrderForm of(org.springframework.util.MultiValueMap<String, String> p) {
        return new OrderForm(
                longOrNull(p.getFirst("customerId")),
                dateOrNull(p.getFirst("orderDate")),
                longOrNull(p.getFirst("teamId")),
                p.getFirst("channel"),
                dateOrNull(p.getFirst("dueDate")),
                p.getFirst("notes"),
                p.getFirst("creditOverrideReason"),
                p.get("productId"),
                p.get("quantity"),
                p.get("unitPrice"),
                p.get("discountPercent"));
    }

    private static Long longOrNull(String text) {
        var i = integer(text);
        return i == null ? null : i.longValue();
    }

    private static LocalDate dateOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static OrderForm empty(Long customerId, LocalDate today) {
        return new OrderForm(
                customerId, today, null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    public int lineCount() {
        return productId.size();
    }

    /** The lines that have a product chosen, converted; unparsable numbers become null (and then a violation). */
    List<OrderRequest.Line> lines() {
        var lines = new ArrayList<OrderRequest.Line>();
        for (int i = 0; i < productId.size(); i++) {
            var product = integer(productId.get(i));
            if (product == null) {
                continue;
            }
            lines.add(new OrderRequest.Line(
                    product.longValue(),
                    integer(at(quantity, i)),
                    decimal(at(unitPrice, i)),
                    decimal(at(discountPercent, i))));
        }
        return lines;
    }

    OrderRequest toRequest() {
        return new OrderRequest(
                customerId, orderDate, teamId, null, channel, null, notes, lines(), dueDate, creditOverrideReason);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
