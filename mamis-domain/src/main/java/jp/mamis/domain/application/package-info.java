/**
 * Applications (申請): a member's request touching one or more associations, one line per
 * association, decided bottom-up along the chain. The aggregate {@link jp.mamis.domain.application.Application}
 * refuses any step out of turn; its events, messages and attachments belong to it.
 */
package jp.mamis.domain.application;
