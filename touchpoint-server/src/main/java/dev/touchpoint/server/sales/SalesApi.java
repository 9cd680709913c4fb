package dev.touchpoint.server.sales;

import dev.touchpoint.server.sales.demo.DemoLoader;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of sales (DOMAIN §5): today, loading the demo business's sales history.
 * The sales screens and the REST API talk to the features' own services (in {@code sales.lead},
 * {@code sales.followup}, {@code sales.pool}, {@code sales.opportunity}, {@code sales.webform}),
 * each of which applies the caller's access scope (SALES: own and team records; MANAGER: their
 * teams; ADMIN/ANALYST: all, ANALYST read-only).
 */
@Service
public class SalesApi {

    private final DemoLoader demo;

    SalesApi(DemoLoader demo) {
        this.demo = demo;
    }

    /** Loads demo sales history without access checks (timestamps may be historical). */
    public void loadDemo(SalesDemoData data) {
        demo.load(data);
    }
}
