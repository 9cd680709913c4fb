package dev.touchpoint.server.customer;

/**
 * A section another module adds to the customer 360 page. The page loads it with htmx from
 * {@code urlTemplate} with {@code {id}} replaced by the customer id; the endpoint must apply the same
 * access rules as the customer itself ({@link CustomerApi#requireVisible(long)}).
 *
 * @param key stable identifier, also the DOM id suffix
 * @param titleKey message key of the section title
 * @param urlTemplate e.g. {@code /customers/{id}/orders}
 * @param order position on the page, smaller first
 */
public record CustomerPanel(String key, String titleKey, String urlTemplate, int order) {

    public String url(long customerId) {
        return urlTemplate.replace("{id}", Long.toString(customerId));
    }
}
