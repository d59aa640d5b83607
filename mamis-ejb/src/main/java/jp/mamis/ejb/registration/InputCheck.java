package jp.mamis.ejb.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.mamis.domain.MamisException;

import java.util.Comparator;

/**
 * The services' own check of a form's constraints. The screens check the same constraints
 * first; this refuses input that reached a service another way, naming the first bad field.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    private Validator validator;

    public void check(Object form) {
        validator.validate(form).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(InputCheck::refuse);
    }

    private static void refuse(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        throw MamisException.forField(field, "input.invalid", v.getMessage());
    }
}
