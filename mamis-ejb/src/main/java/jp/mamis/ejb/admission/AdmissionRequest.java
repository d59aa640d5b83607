package jp.mamis.ejb.admission;

import jp.mamis.domain.membership.MemberCategory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the admission wizard sends: the facility (an existing one, or a new name and prefecture),
 * the lowest association picked, a category for each association to join, and the start date.
 * {@code submissionKey} is created when the wizard opens and identifies the application: saving
 * or submitting again with the same key changes that one application instead of making another.
 */
public class AdmissionRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private String submissionKey;
    /** 異動元: the facility whose chain a transfer (異動届) moves; null for an admission. */
    private Long sourceFacilityId;
    private Long facilityId;
    private String newFacilityName;
    private String newFacilityPrefecture;
    private Long lowestAssociationId;
    /** Association id → category, for each association the member asks to join. */
    private Map<Long, MemberCategory> categories = new LinkedHashMap<>();
    private LocalDate startDate;
    /** A transfer: the member read the announcements of the associations it leaves. */
    private boolean noticesAcknowledged;

    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String v) { submissionKey = v; }
    public Long getSourceFacilityId() { return sourceFacilityId; }
    public void setSourceFacilityId(Long v) { sourceFacilityId = v; }
    public boolean isTransfer() { return sourceFacilityId != null; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public String getNewFacilityName() { return newFacilityName; }
    public void setNewFacilityName(String v) { newFacilityName = v; }
    public String getNewFacilityPrefecture() { return newFacilityPrefecture; }
    public void setNewFacilityPrefecture(String v) { newFacilityPrefecture = v; }
    public Long getLowestAssociationId() { return lowestAssociationId; }
    public void setLowestAssociationId(Long v) { lowestAssociationId = v; }
    public Map<Long, MemberCategory> getCategories() { return categories; }
    public void setCategories(Map<Long, MemberCategory> v) { categories = v == null ? new LinkedHashMap<>() : v; }
    public boolean isNoticesAcknowledged() { return noticesAcknowledged; }
    public void setNoticesAcknowledged(boolean v) { noticesAcknowledged = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
}
