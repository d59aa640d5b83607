/**
 * Japanese input formats (医籍登録番号, katakana, postal code, phone, login ID) as plain predicates
 * with their normalisation (full-width digits, half-width katakana, hiragana), and one Bean
 * Validation constraint, {@link jp.mamis.domain.validation.JapaneseFormat}, that applies them to
 * form fields so the screen and the service refuse the same input with the same message.
 */
package jp.mamis.domain.validation;
