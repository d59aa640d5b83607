package jp.mamis.domain.doctor;

/**
 * The contact data a doctor edits themselves: address, phones and email. Values are already
 * normalised (see {@link jp.mamis.domain.validation.Format}); optional phones are null.
 */
public record Contact(Address address, String tel, String mobile, String fax, String email) {
}
