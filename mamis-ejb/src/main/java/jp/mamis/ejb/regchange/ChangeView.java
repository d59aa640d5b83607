package jp.mamis.ejb.regchange;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One registration change as a screen shows it; nothing in it is an entity.
 *
 * @param kind      RegistrationChange.Kind name
 * @param status    RegistrationChange.Status name
 * @param ownLine   the viewing secretariat's line status (RegistrationChangeLine.Status name), null for the member
 * @param awaitsMe  the viewing secretariat may approve or reject it now
 */
public record ChangeView(long id, String kind, String status, String memberName, String registrationNumber,
                         String before, String after, LocalDateTime requestedAt, LocalDateTime decidedAt, String reason,
                         String ownLine, boolean awaitsMe, List<Line> lines, long version) implements Serializable {

    /** An association's part: sees it, or approves it. */
    public record Line(String association, String status, LocalDateTime decidedAt) implements Serializable {
    }
}
