package dev.touchpoint.analytics.crosssell.sequence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * One element of a customer's sequence: what they bought on one day.
 *
 * @param day the day as epoch day (only differences matter: the gap constraint and delays)
 * @param items the items, sorted by name, without repeats
 */
public record SequenceElement(long day, Set<String> items) {

    public SequenceElement {
        items = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(items));
    }

    /** An element on a date. */
    public static SequenceElement of(LocalDate date, Collection<String> items) {
        return new SequenceElement(date.toEpochDay(), new TreeSet<>(items));
    }

    /** An element with a position instead of a date (sequences without dates, as in Spark). */
    public static SequenceElement at(long position, Collection<String> items) {
        return new SequenceElement(position, new TreeSet<>(items));
    }
}
