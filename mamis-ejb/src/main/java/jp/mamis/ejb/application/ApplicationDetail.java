package jp.mamis.ejb.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;

/**
 * One application as its applicant or a secretariat sees it. Nothing in it is an entity; times
 * are Japan time, for display.
 *
 * @param sourceFacilityName a transfer's 異動元 facility, null for other procedures
 * @param version    the application's version when read; decisions send it back (a newer one means someone acted first)
 * @param actionable whether the viewing secretariat may decide now (always false for the applicant)
 * @param editable   whether the applicant may still change it (draft or returned)
 * @param cancellable whether the applicant may still withdraw it (no approval yet)
 */
public record ApplicationDetail(
        long id,
        String type,
        String status,
        long version,
        Applicant applicant,
        String sourceFacilityName,
        String facilityName,
        LocalDate requestedStartDate,
        LocalDateTime submittedAt,
        List<Line> lines,
        List<Event> events,
        List<Message> messages,
        List<Attachment> attachments,
        boolean actionable,
        boolean editable,
        boolean cancellable) implements Serializable {

    /** The applicant's data the secretariats need (registration and contact). */
    public record Applicant(long doctorId, String registrationNumber, LocalDate registrationDate, String name,
                            String nameKana, String formerName, String sex, LocalDate birthDate, String address,
                            String tel, String mobile, String email, String graduationUniversity,
                            LocalDate graduationDate) implements Serializable {
    }

    /** One association's line: tier, what it is asked (LineKind name: JOIN, CONTINUE, LEAVE), category, its decision. */
    public record Line(long associationId, String associationName, int tier, String kind, String category, String status,
                       String decidedBy, LocalDateTime decidedAt, String reason, boolean actionable) implements Serializable {
    }

    public record Event(LocalDateTime at, String kind, String actor, String associationName, String reason) implements Serializable {
    }

    /** @param associationName the secretariat that wrote it, null when the applicant did */
    public record Message(LocalDateTime at, String author, String associationName, String body) implements Serializable {
    }

    public record Attachment(long id, String kind, String name, String type, long size, String sha256, LocalDateTime uploadedAt,
                             List<String> visibleTo) implements Serializable {
    }
}
