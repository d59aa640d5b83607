package jp.mamis.domain.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string, when not blank, must have the given {@link Format}. Blank values pass
 * (combine with {@code @NotBlank} for required fields), so optional fields such as FAX work.
 */
@Documented
@Constraint(validatedBy = JapaneseFormatValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface JapaneseFormat {

    Format value();

    /** Replaced by the format's own message key at validation time. */
    String message() default "{jp.mamis.validation.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
