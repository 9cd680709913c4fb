package dev.touchpoint.server.commerce.shared;

import dev.touchpoint.server.platform.FieldViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Field → message for the inline messages of a web form, from binding errors and business rules alike. */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(BindingResult binding) {
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors()
                .forEach(e -> errors.putIfAbsent(
                        e.getField(), e.isBindingFailure() ? "invalid value" : e.getDefaultMessage()));
        return errors;
    }

    public static Map<String, String> of(List<FieldViolation> violations) {
        var errors = new LinkedHashMap<String, String>();
        violations.forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        return errors;
    }
}
