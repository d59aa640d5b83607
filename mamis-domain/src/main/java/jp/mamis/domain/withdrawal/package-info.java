/**
 * 退会届: which memberships a withdrawal ends. Leaving the lowest tier ends every tier above it in
 * that chain; a member may also leave only the prefecture and JMA, or only JMA.
 */
package jp.mamis.domain.withdrawal;
