package jp.mamis.domain.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies a {@link Format} and reports the format's own message key. */
public class JapaneseFormatValidator implements ConstraintValidator<JapaneseFormat, String> {

    private Format format;

    @Override
    public void initialize(JapaneseFormat annotation) {
        this.format = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank() || format.accepts(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + format.messageKey() + "}").addConstraintViolation();
        return false;
    }
}
