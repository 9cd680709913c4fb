package dev.touchpoint.server.sales.lead;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.sales.FirstContact;
import dev.touchpoint.server.sales.IntentClass;
import dev.touchpoint.server.sales.LeadSource;
import dev.touchpoint.server.sales.NewLead;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LeadRepository {

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewLead lead, LeadSource source, Long ownerId, Long teamId, Instant at) {
        return jdbc.sql("""
                INSERT INTO sales_lead (name, company, phone, email, source, product_interest, owner_id, team_id,
                                        notes, assigned_at, created_at, updated_at)
                VALUES (:name, :company, :phone, :email, :source, :interest, :owner, :team, :notes, :at, :at, :at)
                RETURNING id""")
                .param("name", lead.name().strip())
                .param("company", lead.company())
                .param("phone", lead.phone())
                .param("email", lead.email())
                .param("source", source.name())
                .param("interest", lead.productInterest())
                .param("owner", ownerId)
                .param("team", teamId)
                .param("notes", lead.notes())
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Locks the lead's row until the transaction ends, so one-shot transitions happen once. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM sales_lead WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public Optional<Lead> find(long id) {
        return jdbc.sql("SELECT * FROM sales_lead WHERE id = :id")
                .param("id", id)
                .query(LeadRepository::map)
                .optional();
    }

    List<Lead> findByCustomer(long customerId, CurrentUser user) {
        return jdbc.sql("SELECT * FROM sales_lead l WHERE customer_id = :c AND "
                        + CurrentUser.scopePredicate("l.owner_id", "l.team_id") + " ORDER BY created_at DESC")
                .param("c", customerId)
                .params(user.scopeParams())
                .query(LeadRepository::map)
                .list();
    }

    PageResult<Lead> search(CurrentUser user, LeadQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        var clause = where(user, query, params);
        long total = jdbc.sql("SELECT count(*) FROM sales_lead l" + clause)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT * FROM sales_lead l" + clause + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(LeadRepository::map)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** Every lead matching the list's filters within the user's scope, in list order (exports). */
    List<Lead> all(CurrentUser user, LeadQuery query) {
        Map<String, Object> params = new HashMap<>();
        var clause = where(user, query, params);
        return jdbc.sql("SELECT * FROM sales_lead l" + clause + ORDER)
                .params(params)
                .query(LeadRepository::map)
                .list();
    }

    private static final String ORDER = " ORDER BY coalesce(l.intent_class, 'Z'), l.created_at DESC, l.id DESC";

    private static String where(CurrentUser user, LeadQuery query, Map<String, Object> params) {
        var where = new ArrayList<String>();
        params.putAll(user.scopeParams());
        where.add(CurrentUser.scopePredicate("l.owner_id", "l.team_id"));
        where.add("NOT l.in_pool");
        if (query.q() != null && !query.q().isBlank()) {
            where.add("(l.name ILIKE :q OR l.company ILIKE :q OR l.phone LIKE :q OR l.product_interest ILIKE :q)");
            params.put("q", "%" + query.q().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.intentClass() != null) {
            where.add("l.intent_class = :intent");
            params.put("intent", query.intentClass().name());
        }
        if (query.status() != null) {
            where.add("l.status = :status");
            params.put("status", query.status().name());
        }
        if (query.ownerId() != null) {
            where.add("l.owner_id = :owner");
            params.put("owner", query.ownerId());
        }
        return " WHERE " + String.join(" AND ", where);
    }

    /** Which of the normalised phones an open lead already has (any owner: a duplicate is one either way). */
    java.util.Set<String> openPhones(java.util.Collection<String> phoneNorms) {
        if (phoneNorms.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT phone_norm FROM sales_lead WHERE status = 'OPEN' AND phone_norm = ANY(:phones)""")
                .param("phones", phoneNorms.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Leads the public web form created for this phone since {@code since} (the daily limit). */
    public int webFormLeadsSince(String phoneNorm, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM sales_lead
                WHERE source = 'WEB_FORM' AND phone_norm = :phone AND created_at >= :since""")
                .param("phone", phoneNorm)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    public void recordPhoneConsent(long id, Instant at) {
        jdbc.sql("UPDATE sales_lead SET phone_consent = true, phone_consent_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Gives an unassigned lead an owner; 0 when someone owns it already. */
    int assignIfUnowned(long id, long ownerId, Instant at) {
        return jdbc.sql("""
                UPDATE sales_lead SET owner_id = :owner, assigned_at = :at, updated_at = :at, version = version + 1
                WHERE id = :id AND owner_id IS NULL AND NOT in_pool""")
                .param("owner", ownerId)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    int update(long id, int version, LeadChange c, Instant at) {
        return jdbc.sql("""
                UPDATE sales_lead SET name = :name, company = :company, phone = :phone, email = :email,
                       product_interest = :interest, notes = :notes, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", c.name().strip())
                .param("company", c.company())
                .param("phone", c.phone())
                .param("email", c.email())
                .param("interest", c.productInterest())
                .param("notes", c.notes())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
    }

    public void grade(long id, FirstContact contact, Instant at) {
        jdbc.sql("""
                UPDATE sales_lead SET intent_class = :intent, money = :money, authority = :authority, need = :need,
                       fbo_feedback = coalesce(:feedback, fbo_feedback), fbo_benefit = coalesce(:benefit, fbo_benefit),
                       fbo_opportunity = coalesce(:opportunity, fbo_opportunity),
                       first_contact_at = coalesce(first_contact_at, :at),
                       last_follow_up_at = greatest(last_follow_up_at, :at), updated_at = :at, version = version + 1
                WHERE id = :id""")
                .param("intent", contact.intentClass().name())
                .param("money", contact.money())
                .param("authority", contact.authority())
                .param("need", contact.need())
                .param("feedback", blankToNull(contact.feedback()))
                .param("benefit", blankToNull(contact.benefit()))
                .param("opportunity", blankToNull(contact.opportunity()))
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public void regrade(long id, IntentClass intent, Instant at) {
        jdbc.sql("UPDATE sales_lead SET intent_class = :intent, updated_at = :at, version = version + 1 WHERE id = :id")
                .param("intent", intent.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    public void touchFollowUp(long id, Instant at) {
        jdbc.sql("""
                UPDATE sales_lead SET last_follow_up_at = greatest(last_follow_up_at, :at), pool_warned_at = NULL
                WHERE id = :id""").param("at", Timestamp.from(at)).param("id", id).update();
    }

    void markConverted(long id, long customerId, long opportunityId, Instant at) {
        jdbc.sql("""
                UPDATE sales_lead SET status = 'CONVERTED', customer_id = :customer, opportunity_id = :opportunity,
                       updated_at = :at, version = version + 1 WHERE id = :id""")
                .param("customer", customerId)
                .param("opportunity", opportunityId)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void markLost(long id, Instant at) {
        jdbc.sql("UPDATE sales_lead SET status = 'LOST', updated_at = :at, version = version + 1 WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    static Lead map(ResultSet rs, int row) throws SQLException {
        var intent = rs.getString("intent_class");
        return new Lead(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("company"),
                rs.getString("phone"),
                rs.getString("email"),
                LeadSource.valueOf(rs.getString("source")),
                rs.getString("product_interest"),
                rs.getBoolean("money"),
                rs.getBoolean("authority"),
                rs.getBoolean("need"),
                intent == null ? null : IntentClass.valueOf(intent),
                rs.getString("fbo_feedback"),
                rs.getString("fbo_benefit"),
                rs.getString("fbo_opportunity"),
                instant(rs, "first_contact_at"),
                LeadStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("customer_id"),
                (Long) rs.getObject("opportunity_id"),
                (Long) rs.getObject("owner_id"),
                (Long) rs.getObject("team_id"),
                rs.getBoolean("in_pool"),
                instant(rs, "last_follow_up_at"),
                rs.getString("notes"),
                instant(rs, "created_at"),
                rs.getInt("version"),
                rs.getBoolean("phone_consent"),
                instant(rs, "phone_consent_at"));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
