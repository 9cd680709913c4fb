package dev.touchpoint.server.journey;

import dev.touchpoint.server.touchpoint.Touchpoint;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The touchpoint catalogue indexed by id and code, in journey order. */
record Catalogue(List<Touchpoint> entries, Map<Long, Touchpoint> ids, Map<String, Touchpoint> codes) {

    static Catalogue of(List<Touchpoint> entries) {
        var ids = new HashMap<Long, Touchpoint>();
        var codes = new LinkedHashMap<String, Touchpoint>();
        for (var t : entries) {
            ids.put(t.id(), t);
            codes.put(t.code(), t);
        }
        return new Catalogue(List.copyOf(entries), ids, codes);
    }

    Touchpoint byId(long id) {
        return ids.get(id);
    }

    Touchpoint byCode(String code) {
        return codes.get(code);
    }

    List<String> journeyOrder() {
        return entries.stream().map(Touchpoint::code).toList();
    }
}
