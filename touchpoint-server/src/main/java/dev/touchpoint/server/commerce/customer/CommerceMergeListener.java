package dev.touchpoint.server.commerce.customer;

import dev.touchpoint.server.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When two customers are merged, their orders and receivables move to the survivor and the higher
 * credit limit is kept — inside the merge's transaction, so a failure here undoes the merge.
 */
@Component
class CommerceMergeListener {

    private final JdbcClient jdbc;

    CommerceMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        var survivor = merged.survivorId();
        var duplicate = merged.mergedId();
        jdbc.sql("UPDATE sales_order SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivor)
                .param("m", duplicate)
                .update();
        jdbc.sql("UPDATE receivable SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivor)
                .param("m", duplicate)
                .update();
        jdbc.sql("""
                INSERT INTO credit_limit (customer_id, credit_limit, updated_by)
                SELECT :s, credit_limit, 'merge' FROM credit_limit WHERE customer_id = :m
                ON CONFLICT (customer_id) DO UPDATE
                SET credit_limit = greatest(credit_limit.credit_limit, EXCLUDED.credit_limit),
                    updated_at = now(), updated_by = 'merge', version = credit_limit.version + 1""").param("s", survivor).param("m", duplicate).update();
        jdbc.sql("DELETE FROM credit_limit WHERE customer_id = :m")
                .param("m", duplicate)
                .update();
        // plans and budgets add up; expenses move
        jdbc.sql("UPDATE sales_expense SET customer_id = :s WHERE customer_id = :m")
                .param("s", survivor)
                .param("m", duplicate)
                .update();
        jdbc.sql("""
                INSERT INTO sales_plan (customer_id, month, planned_revenue, updated_by)
                SELECT :s, month, planned_revenue, 'merge' FROM sales_plan WHERE customer_id = :m
                ON CONFLICT (customer_id, month) DO UPDATE
                SET planned_revenue = sales_plan.planned_revenue + EXCLUDED.planned_revenue,
                    updated_at = now(), updated_by = 'merge', version = sales_plan.version + 1""").param("s", survivor).param("m", duplicate).update();
        jdbc.sql("DELETE FROM sales_plan WHERE customer_id = :m")
                .param("m", duplicate)
                .update();
        jdbc.sql("""
                INSERT INTO expense_budget (customer_id, year, amount, updated_by)
                SELECT :s, year, amount, 'merge' FROM expense_budget WHERE customer_id = :m
                ON CONFLICT (customer_id, year) DO UPDATE
                SET amount = expense_budget.amount + EXCLUDED.amount,
                    updated_at = now(), updated_by = 'merge', version = expense_budget.version + 1""").param("s", survivor).param("m", duplicate).update();
        jdbc.sql("DELETE FROM expense_budget WHERE customer_id = :m")
                .param("m", duplicate)
                .update();
    }
}
