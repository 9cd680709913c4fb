package dev.touchpoint.server.platform;

import dev.touchpoint.server.platform.tabular.SpreadsheetSafety;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text must not look like a spreadsheet formula ({@link SpreadsheetSafety#looksLikeFormula}), the
 * same rule the importers apply to every cell, so the API and the import door accept the same values
 * (rule {@code formula} in a validation problem).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoFormula.Validator.class)
public @interface NoFormula {

    String message() default "{touchpoint.noFormula}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value. */
    class Validator implements ConstraintValidator<NoFormula, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !SpreadsheetSafety.looksLikeFormula(value);
        }
    }
}
