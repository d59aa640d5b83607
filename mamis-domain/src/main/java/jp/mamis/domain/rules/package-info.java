/**
 * 医師会ごとの独自ルール: each association's own admission rules (scope, multiple membership,
 * categories offered, documents required), the audit of their changes, and the eligibility
 * reasoning that applies them to a doctor's admission.
 */
package jp.mamis.domain.rules;
