package dev.touchpoint.server.journey;

import dev.touchpoint.analytics.journey.TouchpointKind;
import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.TouchpointApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * What every journey analysis needs: the catalogue, the period of a request and display names of
 * touchpoints and kinds. The analyses themselves are {@link FunnelAnalysis}, {@link MovementAnalysis},
 * {@link ExperienceAnalysis}, {@link KeyTouchpointAnalysis} and {@link Cohorts}: they feed the
 * functions of {@code dev.touchpoint.analytics.journey} from the event store, within the current
 * user's scope, and shape their results for the API and the dashboards.
 */
@Service
class JourneyAnalytics {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(365);

    private final TouchpointApi touchpoints;
    private final Clock clock;

    JourneyAnalytics(TouchpointApi touchpoints, Clock clock) {
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    Catalogue catalogue() {
        return Catalogue.of(touchpoints.catalogue());
    }

    /** A period {@code [from, to)}; a date means its whole day (local time), the default the last year. */
    record Period(Instant from, Instant to) {
        String describe() {
            return from + " – " + to;
        }
    }

    Period period(String from, String to) {
        var errors = new ArrayList<FieldViolation>();
        Instant end = to == null || to.isBlank() ? clock.instant() : parse(to, true, "to", errors);
        Instant start = from == null || from.isBlank()
                ? (end == null ? null : end.minus(DEFAULT_PERIOD))
                : parse(from, false, "from", errors);
        if (errors.isEmpty() && !start.isBefore(end)) {
            errors.add(new FieldViolation("from", "before", "from must be before to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Period(start, end);
    }

    private static Instant parse(String text, boolean end, String field, List<FieldViolation> errors) {
        var value = text.strip();
        try {
            if (value.length() == 10) {
                var date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date)
                        .atStartOfDay(ZoneId.systemDefault())
                        .toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(
                    field,
                    "format",
                    field + " must be a date (2025-03-01) or an instant with offset (2025-03-01T10:00:00+08:00)"));
            return null;
        }
    }

    static String name(String label, Catalogue catalogue, Locale locale) {
        var code = label.contains("{") ? label.substring(0, label.indexOf('{')) : label;
        var tp = catalogue.byCode(code);
        if (tp != null) {
            return tp.name(locale) + label.substring(code.length());
        }
        try {
            var kind = TouchpointKind.valueOf(code);
            return (locale != null && "zh".equals(locale.getLanguage()) ? kind.zh() : kind.en())
                    + label.substring(code.length());
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    static String requireTouchpoint(String code, Catalogue catalogue) {
        if (code == null || catalogue.byCode(code.strip()) == null) {
            throw InvalidInputException.of("touchpoint", "unknown", "no touchpoint with code " + code);
        }
        return code.strip();
    }
}
