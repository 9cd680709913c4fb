package dev.touchpoint.server.touchpoint.survey;

import dev.touchpoint.server.platform.FieldViolation;
import dev.touchpoint.server.platform.InvalidInputException;
import dev.touchpoint.server.touchpoint.Survey;
import dev.touchpoint.server.touchpoint.SurveyQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks raw answers (form fields or JSON values as text) against a survey: numbers in the type's
 * range, a known option for choices, required questions answered. An expectation + perception
 * question has two fields, {@code <code>_expectation} and {@code <code>_perception}.
 */
final class SurveyAnswers {

    private SurveyAnswers() {}

    /** The answers, numbers as integers; throws with every problem. */
    static Map<String, Object> parse(Survey survey, Map<String, String> raw) {
        var answers = new LinkedHashMap<String, Object>();
        var violations = new ArrayList<FieldViolation>();
        for (var q : survey.questions()) {
            switch (q.type()) {
                case EXPECTATION_PERCEPTION -> {
                    var e = number(q, q.code() + "_expectation", raw, violations);
                    var p = number(q, q.code() + "_perception", raw, violations);
                    if (e != null && p != null) {
                        answers.put(q.code() + "_expectation", e);
                        answers.put(q.code() + "_perception", p);
                    } else if ((e == null) != (p == null)) {
                        violations.add(new FieldViolation(q.code(), "pair", "answer both expectation and perception"));
                    }
                }
                case CHOICE -> {
                    var v = blankToNull(raw.get(q.code()));
                    if (v != null
                            && q.options().stream().noneMatch(o -> o.code().equals(v))) {
                        violations.add(new FieldViolation(q.code(), "oneOf", "not one of the options"));
                    } else if (v != null) {
                        answers.put(q.code(), v);
                    } else if (q.required()) {
                        violations.add(new FieldViolation(q.code(), "required", "please answer"));
                    }
                }
                case TEXT -> {
                    var v = blankToNull(raw.get(q.code()));
                    if (v != null && v.length() > 2000) {
                        violations.add(new FieldViolation(q.code(), "length", "at most 2000 characters"));
                    } else if (v != null) {
                        answers.put(q.code(), v);
                    } else if (q.required()) {
                        violations.add(new FieldViolation(q.code(), "required", "please answer"));
                    }
                }
                default -> {
                    var v = number(q, q.code(), raw, violations);
                    if (v != null) {
                        answers.put(q.code(), v);
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (answers.isEmpty()) {
            throw InvalidInputException.of("answers", "required", "answer at least one question");
        }
        return answers;
    }

    private static Integer number(
            SurveyQuestion q, String field, Map<String, String> raw, java.util.List<FieldViolation> violations) {
        var v = blankToNull(raw.get(field));
        if (v == null) {
            if (q.required()) {
                violations.add(new FieldViolation(field, "required", "please answer"));
            }
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < q.type().min() || n > q.type().max()) {
                violations.add(new FieldViolation(
                        field,
                        "range",
                        "answer " + q.type().min() + " to " + q.type().max()));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "format", "must be a whole number"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
