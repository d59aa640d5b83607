package jp.mamis.domain.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.mamis.domain.attachment.DocumentKind;

import java.util.Objects;

/** A document an association asks for with an admission: must ({@code required}) or may carry. */
@Embeddable
public class DocumentRequirement {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "required", nullable = false)
    private boolean required;

    protected DocumentRequirement() {
    }

    public DocumentRequirement(DocumentKind kind, boolean required) {
        this.kind = Objects.requireNonNull(kind);
        this.required = required;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentRequirement d && d.kind == kind && d.required == required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, required);
    }

    @Override
    public String toString() {
        return kind + (required ? "(必須)" : "(任意)");
    }
}
