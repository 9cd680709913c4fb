package dev.touchpoint.server.customer;

import dev.touchpoint.server.platform.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters of the customer list, search and export. {@code q} matches name (Chinese included), phone
 * (normalised digits) or email anywhere in the text.
 *
 * @param sort one of {@code name}, {@code createdAt}, {@code tier}
 * @param direction {@code asc} or {@code desc}
 */
record CustomerQuery(
        String q,
        String tier,
        String tag,
        Long ownerId,
        Long teamId,
        CustomerKind kind,
        String source,
        String sort,
        String direction) {

    static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "c.name", "createdAt", "c.created_at", "tier", "t.rank");

    CustomerQuery {
        q = blankToNull(q);
        tier = blankToNull(tier);
        tag = blankToNull(tag);
        source = blankToNull(source);
        sort = sort == null || sort.isBlank() ? "createdAt" : sort;
        if (!SORT_COLUMNS.containsKey(sort)) {
            throw InvalidInputException.of("sort", "oneOf", "sort must be one of name, createdAt, tier");
        }
        direction = direction == null || direction.isBlank()
                ? (sort.equals("createdAt") ? "desc" : "asc")
                : direction.toLowerCase(java.util.Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw InvalidInputException.of("direction", "oneOf", "direction must be asc or desc");
        }
    }

    static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, null, null, null, null, null);
    }

    /** The filters in use, for the audit log of exports. */
    Map<String, Object> describe() {
        var m = new LinkedHashMap<String, Object>();
        put(m, "q", q);
        put(m, "tier", tier);
        put(m, "tag", tag);
        put(m, "ownerId", ownerId);
        put(m, "teamId", teamId);
        put(m, "kind", kind);
        put(m, "source", source);
        m.put("sort", sort + " " + direction);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
