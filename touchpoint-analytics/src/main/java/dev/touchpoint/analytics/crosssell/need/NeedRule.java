package dev.touchpoint.analytics.crosssell.need;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A causal (need) rule: a trigger in the customer's history creates a need for an offer after a
 * time or a usage, whichever comes first, valid for a while, unless already met.
 *
 * <p><b>Rule language</b> (one rule per line, keywords in any case):
 *
 * <pre>
 * when KIND CODES then KIND CODES after DELAY [or DELAY] [valid N days] [probability P] [value V]
 *
 * KIND  := product | category | stage | service | action   (action only after "then")
 * CODES := CODE or CODE|CODE|…  (any of them)
 * DELAY := N days | N months | N km
 * </pre>
 *
 * Examples for a car dealership:
 *
 * <pre>
 * when stage DELIVERED:VEHICLE then service SVC-FIRST after 3 months or 5000 km valid 60 days value 600
 * when service SVC-FIRST|SVC-REG|SVC-MAJOR then service SVC-REG|SVC-MAJOR after 6 months or 7500 km
 * when product INS-COMM then product INS-COMM after 11 months valid 45 days
 * when stage DELIVERED:VEHICLE then category ACCESSORY after 0 days valid 30 days
 * when stage DELIVERED:VEHICLE then product CARE-TYRE after 40000 km valid 180 days
 * </pre>
 *
 * <p>Semantics, for a customer on an as-of date: the trigger is the customer's <em>latest</em>
 * history entry of that kind and code (so a repeating need — service every 6 months — runs from the
 * last service). The need is <b>due</b> on trigger date + the time delay, or on trigger date +
 * ⌈km ÷ the customer's km per day⌉ ({@link Usage}), whichever is earlier; it stays open for the
 * validity window after that and is <b>met</b> by any history entry of the need's kind and one of its
 * codes after the trigger date. {@code probability} is the prior chance that a due need turns into a
 * sale, used for the expected value until the rule's measured conversion replaces it (default 0.5);
 * {@code value} what meeting the need is worth when that is not the offer's margin (a free first
 * service that keeps the customer coming, an action), default the margin of the first need code.
 *
 * @param trigger the kind of the trigger
 * @param triggerCode its code
 * @param need the kind of the need
 * @param needCode its code
 * @param afterTime the time delay, or null
 * @param afterKm the usage delay in km, or null
 * @param validDays how long the need stays open after it is due
 * @param probability the prior chance of conversion
 * @param value what meeting the need is worth, or null for the offer's margin
 */
public record NeedRule(
        HistoryKind trigger,
        String triggerCode,
        HistoryKind need,
        String needCode,
        Period afterTime,
        Integer afterKm,
        int validDays,
        double probability,
        Double value) {

    /** The validity window when a rule names none. */
    public static final int DEFAULT_VALID_DAYS = 60;

    /** The prior probability when a rule names none. */
    public static final double DEFAULT_PROBABILITY = 0.5;

    public NeedRule {
        if (trigger == HistoryKind.ACTION) {
            throw new IllegalArgumentException("an action cannot trigger a need");
        }
        if (afterTime == null && afterKm == null) {
            throw new IllegalArgumentException("a need rule needs a delay in days, months or km");
        }
        if (afterTime != null && afterTime.isNegative()) {
            throw new IllegalArgumentException("the delay must not be negative");
        }
        if (afterKm != null && afterKm <= 0) {
            throw new IllegalArgumentException("the km delay must be positive");
        }
        if (validDays < 0) {
            throw new IllegalArgumentException("the validity must not be negative");
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("the probability must be within (0, 1]");
        }
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("the value must not be negative");
        }
    }

    /** Whether a code is one of the trigger's codes. */
    public boolean triggeredBy(String code) {
        return anyOf(triggerCode, code);
    }

    /** Whether a code is one of the need's codes. */
    public boolean metBy(String code) {
        return anyOf(needCode, code);
    }

    /** The first of the need's codes: what is offered. */
    public String offerCode() {
        int bar = needCode.indexOf('|');
        return bar < 0 ? needCode : needCode.substring(0, bar);
    }

    private static boolean anyOf(String codes, String code) {
        if (codes.indexOf('|') < 0) {
            return codes.equals(code);
        }
        for (String c : codes.split("\\|")) {
            if (c.equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses one rule of the rule language.
     *
     * @throws IllegalArgumentException naming the word that is wrong and what was expected there
     */
    public static NeedRule parse(String text) {
        var words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        var reader = new Words(words);
        reader.keyword("when");
        HistoryKind trigger = reader.kind("the trigger's kind");
        String triggerCode = reader.code("the trigger's code");
        reader.keyword("then");
        HistoryKind need = reader.kind("the need's kind");
        String needCode = reader.code("the need's code");
        reader.keyword("after");
        Period time = null;
        Integer km = null;
        do {
            int amount = reader.number("a delay");
            String unit = reader.next("days, months or km").toLowerCase(Locale.ROOT);
            switch (unit) {
                case "day", "days" -> time = reader.once(time, Period.ofDays(amount));
                case "month", "months" -> time = reader.once(time, Period.ofMonths(amount));
                case "km" -> km = reader.once(km, amount);
                default -> throw reader.back().error("days, months or km");
            }
        } while (reader.optional("or"));
        int valid = DEFAULT_VALID_DAYS;
        double probability = DEFAULT_PROBABILITY;
        Double value = null;
        while (reader.hasNext()) {
            if (reader.optional("valid")) {
                valid = reader.number("the validity in days");
                reader.keyword("days");
            } else if (reader.optional("probability")) {
                probability = reader.decimal("a probability");
            } else if (reader.optional("value")) {
                value = reader.decimal("a value");
            } else {
                throw reader.error("'or', 'valid', 'probability' or 'value'");
            }
        }
        return new NeedRule(trigger, triggerCode, need, needCode, time, km, valid, probability, value);
    }

    /** The rule in the rule language; {@link #parse} of it gives this rule back. */
    public String text() {
        var delays = new ArrayList<String>();
        if (afterTime != null) {
            delays.add(afterTime.getMonths() > 0 ? afterTime.getMonths() + " months" : afterTime.getDays() + " days");
        }
        if (afterKm != null) {
            delays.add(afterKm + " km");
        }
        var text = "when " + word(trigger) + " " + triggerCode + " then " + word(need) + " " + needCode + " after "
                + String.join(" or ", delays) + " valid " + validDays + " days";
        if (probability != DEFAULT_PROBABILITY) {
            text += " probability " + probability;
        }
        if (value != null) {
            text += " value " + (value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value));
        }
        return text;
    }

    private static String word(HistoryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A cursor over the words of a rule. */
    private static final class Words {
        private final List<String> words;
        private int position;

        Words(List<String> words) {
            this.words = words;
        }

        Words back() {
            position--;
            return this;
        }

        boolean hasNext() {
            return position < words.size();
        }

        String next(String expected) {
            if (!hasNext()) {
                throw new IllegalArgumentException("rule ends where " + expected + " was expected");
            }
            return words.get(position++);
        }

        void keyword(String keyword) {
            if (!next("'" + keyword + "'").equalsIgnoreCase(keyword)) {
                position--;
                throw error("'" + keyword + "'");
            }
        }

        boolean optional(String keyword) {
            if (hasNext() && words.get(position).equalsIgnoreCase(keyword)) {
                position++;
                return true;
            }
            return false;
        }

        HistoryKind kind(String what) {
            String word = next(what);
            try {
                return HistoryKind.valueOf(word.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                position--;
                throw error(what + " (product, category, stage, service or action)");
            }
        }

        String code(String what) {
            String word = next(what);
            if (!word.matches("[\\p{L}\\p{N}._/:-]{1,64}(\\|[\\p{L}\\p{N}._/:-]{1,64}){0,9}")) {
                position--;
                throw error(what + " (letters, digits, . _ / : -, alternatives separated by |)");
            }
            return word;
        }

        int number(String what) {
            String word = next(what);
            try {
                int value = Integer.parseInt(word);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                position--;
                throw error(what + " (a whole number)");
            }
        }

        double decimal(String what) {
            String word = next(what);
            try {
                return Double.parseDouble(word);
            } catch (NumberFormatException e) {
                position--;
                throw error(what);
            }
        }

        <T> T once(T current, T value) {
            if (current != null) {
                position--;
                throw error("a delay of another unit");
            }
            return value;
        }

        IllegalArgumentException error(String expected) {
            String found = hasNext() ? "'" + words.get(position) + "'" : "the end";
            return new IllegalArgumentException(
                    "word " + (position + 1) + ": expected " + expected + ", found " + found);
        }
    }
}
