package dev.touchpoint.analytics.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed {@code --name value} options and {@code --flag}s, checked against the allowed names. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    private Arguments() {}

    static Arguments parse(String[] args, int from, Set<String> options, Set<String> flags) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (flags.contains(name) && eq < 0) {
                parsed.values.put(name, "true");
            } else if (options.contains(name)) {
                String value = eq >= 0 ? arg.substring(eq + 1) : (i + 1 < args.length ? args[++i] : null);
                if (value == null) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                parsed.values.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return parsed;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing required option --" + name);
        }
        return value;
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    double number(String name, double fallback) throws UsageException {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a number, was '" + value + "'");
        }
    }

    int integer(String name, int fallback) throws UsageException {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs an integer, was '" + value + "'");
        }
    }

    LocalDate date(String name) throws UsageException {
        String value = required(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("option --" + name + " needs a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new UsageException("option --" + name + " has no value '" + value + "'");
    }
}
