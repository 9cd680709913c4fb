package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUser;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates and look-ups other modules need, scoped like every customer query. */
@Repository
class CustomerFigures {

    private static final String ACTIVE_IN_SCOPE = "c.merged_into IS NULL AND c.deleted_at IS NULL AND "
            + CurrentUser.scopePredicate("c.owner_id", "c.team_id");

    private final JdbcClient jdbc;

    CustomerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TierCount> countByTier(CurrentUser user) {
        return jdbc.sql("""
                SELECT t.code, t.name_en, t.name_zh, count(c.id) AS customers
                FROM customer_tier t LEFT JOIN customer c ON c.tier = t.code AND\s""" + ACTIVE_IN_SCOPE + """
                \sGROUP BY t.code, t.name_en, t.name_zh, t.rank ORDER BY t.rank""")
                .params(user.scopeParams())
                .query((rs, n) -> new TierCount(
                        rs.getString("code"),
                        rs.getString("name_en"),
                        rs.getString("name_zh"),
                        rs.getLong("customers")))
                .list();
    }

    List<Long> bornOn(java.time.MonthDay day) {
        return jdbc.sql("""
                SELECT id FROM customer
                WHERE merged_into IS NULL AND deleted_at IS NULL AND birthday IS NOT NULL
                  AND extract(month FROM birthday) = :month AND extract(day FROM birthday) = ANY(:days)
                ORDER BY id""")
                .param("month", day.getMonthValue())
                .param(
                        "days",
                        day.getMonthValue() == 2 && day.getDayOfMonth() == 28
                                ? new Integer[] {28, 29}
                                : new Integer[] {day.getDayOfMonth()})
                .query(Long.class)
                .list();
    }

    long countActive(CurrentUser user) {
        return jdbc.sql("SELECT count(*) FROM customer c WHERE " + ACTIVE_IN_SCOPE)
                .params(user.scopeParams())
                .query(Long.class)
                .single();
    }

    long countAll() {
        return jdbc.sql("SELECT count(*) FROM customer").query(Long.class).single();
    }

    /** The only visible active customer with this normalised phone; empty when none or ambiguous. */
    Optional<CustomerRef> findByPhone(String digits, CurrentUser user) {
        var found = jdbc.sql("SELECT c.id, c.kind, c.name, c.phone, c.email, c.tier, c.owner_id, c.team_id "
                        + "FROM customer c WHERE c.phone_norm = :phone AND " + ACTIVE_IN_SCOPE
                        + " ORDER BY c.id LIMIT 2")
                .params(user.scopeParams())
                .param("phone", digits)
                .query(CustomerRepository::mapRef)
                .list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    Map<Long, String> names(Collection<Long> ids) {
        var names = new LinkedHashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM customer WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
                .list();
        return names;
    }

    /** Every active (not merged, not deleted) customer, fetched in chunks so memory stays flat. */
    void forEachActive(java.util.function.Consumer<CustomerFacts> consumer) {
        jdbc.sql("SELECT c.id, c.tier, c.source, c.owner_id, c.team_id FROM customer c "
                        + "WHERE c.merged_into IS NULL AND c.deleted_at IS NULL")
                .query(rs -> {
                    consumer.accept(new CustomerFacts(
                            rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), (Long)
                                    rs.getObject(5)));
                });
    }
}
