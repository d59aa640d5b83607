/**
 * 異動届: what a move of workplace means for each association — leave what is only in the source
 * chain, join what is only in the destination, continue (join date kept) what is in both — worked
 * out from the member's memberships and the destination's rules, before anything is filed.
 */
package jp.mamis.domain.transfer;
