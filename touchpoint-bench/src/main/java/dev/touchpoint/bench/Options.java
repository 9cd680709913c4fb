package dev.touchpoint.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} options. */
public record Options(Map<String, String> values) {

    public static Options parse(String[] args) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            var name = args[i].substring(2);
            var eq = name.indexOf('=');
            if (eq >= 0) {
                map.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                map.put(name, args[++i]);
            } else {
                map.put(name, "true");
            }
        }
        return new Options(Map.copyOf(map));
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }
}
