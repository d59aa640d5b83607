package jp.mamis.ejb.regchange;

import java.io.Serial;
import java.io.Serializable;

/**
 * 所属施設の変更: the facility whose memberships move ({@code fromFacilityId}) and where to — a
 * registered facility ({@code toFacilityId}) or a new name in a prefecture (a renamed hospital).
 */
public class FacilityChangeForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long fromFacilityId;
    private Long toFacilityId;
    private String newFacilityName;
    private String newFacilityPrefecture;

    public Long getFromFacilityId() { return fromFacilityId; }
    public void setFromFacilityId(Long v) { fromFacilityId = v; }
    public Long getToFacilityId() { return toFacilityId; }
    public void setToFacilityId(Long v) { toFacilityId = v; }
    public String getNewFacilityName() { return newFacilityName; }
    public void setNewFacilityName(String v) { newFacilityName = v; }
    public String getNewFacilityPrefecture() { return newFacilityPrefecture; }
    public void setNewFacilityPrefecture(String v) { newFacilityPrefecture = v; }
}
