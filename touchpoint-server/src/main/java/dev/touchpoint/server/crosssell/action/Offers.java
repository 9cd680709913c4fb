package dev.touchpoint.server.crosssell.action;

import dev.touchpoint.analytics.crosssell.action.Offer;
import dev.touchpoint.analytics.crosssell.need.HistoryKind;
import dev.touchpoint.server.commerce.ProductFact;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offers next best actions can suggest, from the product catalogue: every active product (a
 * service need offers the service package's product), and every category with the mean margin of its
 * active products. Vehicles are durable: a customer who owns one is not offered it again.
 */
public final class Offers {

    private Offers() {}

    /** The offers by key, labelled in the reader's language where the catalogue has both. */
    public static Map<String, Offer> of(List<ProductFact> products, Locale locale) {
        var offers = new HashMap<String, Offer>();
        var sums = new HashMap<String, double[]>();
        var labels = new HashMap<String, String>();
        boolean chinese = "zh".equals(locale.getLanguage());
        for (var p : products) {
            if (!p.active()) {
                continue;
            }
            boolean durable = "VEHICLE".equals(p.kind());
            offers.put(
                    Offer.key(HistoryKind.PRODUCT, p.sku()),
                    new Offer(HistoryKind.PRODUCT, p.sku(), p.name(), p.margin(), durable, p.category()));
            if ("SERVICE_PACKAGE".equals(p.kind())) {
                offers.put(
                        Offer.key(HistoryKind.SERVICE, p.sku()),
                        new Offer(HistoryKind.SERVICE, p.sku(), p.name(), p.margin(), false));
            }
            if (p.category() != null) {
                var sum = sums.computeIfAbsent(p.category(), c -> new double[3]);
                sum[0] += p.margin();
                sum[1]++;
                sum[2] = durable ? 1 : sum[2];
                labels.put(p.category(), chinese ? p.categoryNameZh() : p.categoryNameEn());
            }
        }
        sums.forEach((category, sum) -> offers.put(
                Offer.key(HistoryKind.CATEGORY, category),
                new Offer(HistoryKind.CATEGORY, category, labels.get(category), sum[0] / sum[1], sum[2] > 0)));
        return offers;
    }
}
