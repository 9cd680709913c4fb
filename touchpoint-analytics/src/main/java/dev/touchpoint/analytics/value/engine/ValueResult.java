package dev.touchpoint.analytics.value.engine;

import java.util.List;
import java.util.Map;

/**
 * What one value-engine run computed.
 *
 * @param customers every customer with purchases, by customer id
 * @param warnings the warnings raised
 * @param model the fitted models, the validation and the Pareto curve, as a JSON-ready map
 */
public record ValueResult(List<CustomerValue> customers, List<ValueWarning> warnings, Map<String, Object> model) {

    /** Copies the lists. */
    public ValueResult {
        customers = List.copyOf(customers);
        warnings = List.copyOf(warnings);
    }
}
