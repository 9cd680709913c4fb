package dev.touchpoint.server.customer;

import dev.touchpoint.server.identity.CurrentUser;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import dev.touchpoint.server.platform.PhoneNumbers;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer} table: lookups, scoped search, updates, soft delete and merge bookkeeping. */
@Repository
class CustomerRepository {

    private static final String ACTIVE = "c.merged_into IS NULL AND c.deleted_at IS NULL";

    private final JdbcClient jdbc;
    private final CustomerBulkInsert bulk;

    CustomerRepository(JdbcClient jdbc, CustomerBulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    Optional<CustomerRef> findRef(long id) {
        return jdbc.sql("SELECT id, kind, name, phone, email, tier, owner_id, team_id FROM customer WHERE id = :id")
                .param("id", id)
                .query(CustomerRepository::mapRef)
                .optional();
    }

    Optional<Customer> find(long id) {
        return jdbc.sql("SELECT c.* FROM customer c WHERE c.id = :id")
                .param("id", id)
                .query(CustomerRepository::map)
                .optional();
    }

    List<Long> insertAll(List<NewCustomer> batch) {
        return bulk.insert(batch);
    }

    PageResult<Customer> search(CustomerQuery query, CurrentUser user, PageRequest page) {
        var params = new HashMap<String, Object>(user.scopeParams());
        var where = where(query, params);
        long total = jdbc.sql("SELECT count(*) FROM customer c WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT c.* FROM customer c JOIN customer_tier t ON t.code = c.tier WHERE " + where
                        + orderBy(query) + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(CustomerRepository::map)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** Streams every match (exports), in list order. */
    int forEach(CustomerQuery query, CurrentUser user, Consumer<Customer> consumer) {
        var params = new HashMap<String, Object>(user.scopeParams());
        var where = where(query, params);
        int[] count = {0};
        try (var rows = jdbc
                .sql("SELECT c.* FROM customer c JOIN customer_tier t ON t.code = c.tier WHERE " + where
                        + orderBy(query))
                .params(params)
                .query(CustomerRepository::map)
                .stream()) {
            rows.forEach(c -> {
                count[0]++;
                consumer.accept(c);
            });
        }
        return count[0];
    }

    /** Active customers sharing the normalised phone or the email, excluding {@code exceptId}. */
    List<Customer> findMatching(String phone, String email, Long exceptId, CurrentUser user) {
        var norm = PhoneNumbers.normalise(phone);
        if (norm == null && (email == null || email.isBlank())) {
            return List.of();
        }
        return jdbc.sql("SELECT c.* FROM customer c WHERE " + ACTIVE + " AND c.id <> :except AND "
                        + CurrentUser.scopePredicate("c.owner_id", "c.team_id")
                        + " AND (c.phone_norm = :phone OR lower(c.email) = lower(:email)) ORDER BY c.id LIMIT 50")
                .params(user.scopeParams())
                .param("except", exceptId == null ? -1L : exceptId)
                .param("phone", norm)
                .param("email", email == null || email.isBlank() ? null : email.strip())
                .query(CustomerRepository::map)
                .list();
    }

    /** Normalised phones among {@code phones} that already belong to an active customer (any scope). */
    List<String> existingPhones(List<String> normalisedPhones) {
        if (normalisedPhones.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT phone_norm FROM customer c WHERE " + ACTIVE
                        + " AND c.phone_norm = ANY(:phones)")
                .param("phones", normalisedPhones.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    int update(long id, int version, NewCustomer c) {
        return jdbc.sql("""
                UPDATE customer SET kind = :kind, name = :name, phone = :phone, email = :email,
                       tier = coalesce(:tier, tier), source = :source, owner_id = :owner, team_id = :team,
                       tags = :tags, gender = :gender, birthday = :birthday, city = :city, address = :address,
                       industry = :industry, notes = :notes, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version AND merged_into IS NULL AND deleted_at IS NULL""")
                .param("id", id)
                .param("version", version)
                .param("kind", c.kind().name())
                .param("name", c.name())
                .param("phone", c.phone())
                .param("email", c.email())
                .param("tier", c.tier())
                .param("source", c.source())
                .param("owner", c.ownerId())
                .param("team", c.teamId())
                .param("tags", c.tags().toArray(String[]::new))
                .param("gender", c.gender())
                .param("birthday", c.birthday())
                .param("city", c.city())
                .param("address", c.address())
                .param("industry", c.industry())
                .param("notes", c.notes())
                .update();
    }

    int softDelete(long id, int version) {
        return jdbc.sql("""
                UPDATE customer SET deleted_at = now(), updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version AND merged_into IS NULL AND deleted_at IS NULL""").param("id", id).param("version", version).update();
    }

    /** Marks {@code mergedId} as merged into the survivor, and re-points earlier merges into it. */
    void markMerged(long survivorId, long mergedId, String actor, String mergedName) {
        jdbc.sql("UPDATE customer SET merged_into = :s WHERE merged_into = :m")
                .param("s", survivorId)
                .param("m", mergedId)
                .update();
        jdbc.sql("""
                UPDATE customer SET merged_into = :s, updated_at = now(), version = version + 1 WHERE id = :m""").param("s", survivorId).param("m", mergedId).update();
        jdbc.sql("""
                INSERT INTO customer_merge (survivor_id, merged_id, merged_name, actor)
                VALUES (:s, :m, :name, :actor)""")
                .param("s", survivorId)
                .param("m", mergedId)
                .param("name", mergedName)
                .param("actor", actor)
                .update();
    }

    List<MergeRecord> mergesInto(long survivorId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT merged_id, merged_name, at, actor FROM customer_merge
                WHERE survivor_id = :s AND (CAST(:before AS timestamptz) IS NULL OR at < :before)
                ORDER BY at DESC LIMIT :limit""")
                .param("s", survivorId)
                .param("before", before == null ? null : Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> new MergeRecord(
                        rs.getLong("merged_id"),
                        rs.getString("merged_name"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor")))
                .list();
    }

    record MergeRecord(long mergedId, String mergedName, Instant at, String actor) {}

    /** One or two Han characters (汉字). */
    private static final java.util.regex.Pattern SHORT_HAN = java.util.regex.Pattern.compile("\\p{IsHan}{1,2}");

    private static String where(CustomerQuery q, Map<String, Object> params) {
        var where = new ArrayList<String>();
        where.add(ACTIVE);
        where.add(CurrentUser.scopePredicate("c.owner_id", "c.team_id"));
        if (q.q() != null && SHORT_HAN.matcher(q.q()).matches()) {
            // one or two Chinese characters: "contains" is "among the name's characters or character pairs"
            // (GIN index of migration V2_3); trigrams cannot serve so short a text, and e-mails hold no Han
            params.put("gram", q.q().toLowerCase(java.util.Locale.ROOT));
            where.add("c.name_grams @> ARRAY[CAST(:gram AS text)]");
        } else if (q.q() != null) {
            var text = "%" + likeEscape(q.q()) + "%";
            params.put("like", text);
            params.put("likeLower", text.toLowerCase(java.util.Locale.ROOT));
            var digits = q.q().matches("[+0-9 ()-]+") ? PhoneNumbers.normalise(q.q()) : null;
            if (digits != null && digits.length() >= 3) {
                params.put("likeDigits", "%" + digits + "%");
                where.add("(c.name ILIKE :like OR lower(c.email) LIKE :likeLower OR c.phone_norm LIKE :likeDigits)");
            } else {
                where.add("(c.name ILIKE :like OR lower(c.email) LIKE :likeLower)");
            }
        }
        if (q.tier() != null) {
            where.add("c.tier = :tier");
            params.put("tier", q.tier());
        }
        if (q.tag() != null) {
            where.add("c.tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", q.tag());
        }
        if (q.ownerId() != null) {
            where.add("c.owner_id = :ownerId");
            params.put("ownerId", q.ownerId());
        }
        if (q.teamId() != null) {
            where.add("c.team_id = :teamId");
            params.put("teamId", q.teamId());
        }
        if (q.kind() != null) {
            where.add("c.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.source() != null) {
            where.add("c.source = :source");
            params.put("source", q.source());
        }
        return String.join(" AND ", where);
    }

    private static String orderBy(CustomerQuery q) {
        // column and direction come from whitelists, never from the request text
        var column = CustomerQuery.SORT_COLUMNS.get(q.sort());
        var dir = q.direction().equals("desc") ? " DESC" : " ASC";
        return " ORDER BY " + column + dir + ", c.id" + dir;
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static CustomerRef mapRef(ResultSet rs, int row) throws SQLException {
        return new CustomerRef(
                rs.getLong("id"),
                CustomerKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("tier"),
                (Long) rs.getObject("owner_id"),
                (Long) rs.getObject("team_id"));
    }

    static Customer map(ResultSet rs, int row) throws SQLException {
        var birthday = rs.getDate("birthday");
        var deleted = rs.getTimestamp("deleted_at");
        return new Customer(
                rs.getLong("id"),
                CustomerKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("tier"),
                rs.getString("source"),
                (Long) rs.getObject("owner_id"),
                (Long) rs.getObject("team_id"),
                tags(rs.getArray("tags")),
                rs.getString("gender"),
                birthday == null ? null : birthday.toLocalDate(),
                rs.getString("city"),
                rs.getString("address"),
                rs.getString("industry"),
                rs.getString("notes"),
                (Long) rs.getObject("merged_into"),
                deleted == null ? null : deleted.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static List<String> tags(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
