package dev.touchpoint.server.sales.pool;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers under a salesperson's care (sales_account): the pool reclaims neglected ones. */
@Repository
public class AccountRepository {

    /** Who looks after a customer for sales. */
    public record Account(long customerId, String name, Long ownerId, Long teamId, String tier, boolean inPool) {}

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts sales care of a customer unless it is already cared for. */
    public void ensure(long customerId, String name, Long ownerId, Long teamId, String tier, Instant at) {
        jdbc.sql("""
                INSERT INTO sales_account (customer_id, name, owner_id, team_id, tier, assigned_at)
                VALUES (:c, :name, :owner, :team, coalesce(:tier, 'NORMAL'), :at)
                ON CONFLICT (customer_id) DO NOTHING""")
                .param("c", customerId)
                .param("name", name)
                .param("owner", ownerId)
                .param("team", teamId)
                .param("tier", tier)
                .param("at", Timestamp.from(at))
                .update();
    }

    public Optional<Account> find(long customerId) {
        return jdbc.sql("SELECT * FROM sales_account WHERE customer_id = :c")
                .param("c", customerId)
                .query((rs, n) -> new Account(
                        rs.getLong("customer_id"),
                        rs.getString("name"),
                        (Long) rs.getObject("owner_id"),
                        (Long) rs.getObject("team_id"),
                        rs.getString("tier"),
                        rs.getBoolean("in_pool")))
                .optional();
    }

    public void touchFollowUp(long customerId, Instant at) {
        jdbc.sql("""
                UPDATE sales_account SET last_follow_up_at = greatest(last_follow_up_at, :at), pool_warned_at = NULL
                WHERE customer_id = :c""").param("at", Timestamp.from(at)).param("c", customerId).update();
    }

    public void markWon(long customerId, Instant at) {
        jdbc.sql("UPDATE sales_account SET last_won_at = greatest(last_won_at, :at) WHERE customer_id = :c")
                .param("at", Timestamp.from(at))
                .param("c", customerId)
                .update();
    }

    /** Re-points the merged customer's care to the survivor (kept when the survivor has none). */
    public void merge(long survivorId, long mergedId) {
        jdbc.sql("""
                UPDATE sales_account SET customer_id = :s WHERE customer_id = :m
                  AND NOT EXISTS (SELECT 1 FROM sales_account WHERE customer_id = :s)""").param("s", survivorId).param("m", mergedId).update();
        jdbc.sql("DELETE FROM sales_account WHERE customer_id = :m")
                .param("m", mergedId)
                .update();
    }
}
