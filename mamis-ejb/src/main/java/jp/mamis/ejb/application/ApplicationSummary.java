package jp.mamis.ejb.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalDate;

/**
 * One row of an application list (the member's 申請一覧 or a secretariat's queue).
 *
 * @param associations the chain asked for, lowest first, e.g. "横浜市青葉区医師会 → 横浜市医師会 → …"
 * @param lineStatus   for a secretariat: its own line's status; for the member: null
 * @param stage        for a secretariat: ACTIONABLE, WAITING (a line below is not yet approved) or DONE
 */
public record ApplicationSummary(long id, String type, String status, String applicantName, String registrationNumber,
                                 String associations, LocalDate requestedStartDate, LocalDateTime submittedAt,
                                 String lineStatus, String stage) implements Serializable {
}
