package jp.mamis.ejb.admission;

import java.io.Serializable;
import java.util.List;

/**
 * The chain the wizard shows once the member picked a facility and the lowest association:
 * each association lowest first, whether it can be chosen and why not, the categories it offers
 * and the documents it asks for.
 */
public record AdmissionOptions(List<Choice> chain) implements Serializable {

    /**
     * @param held         already a member here through this facility (在籍)
     * @param refusalKey   message key of why it cannot be chosen ({0} = its name), null when it can
     * @param requiredBy   name of the association whose admission scope requires it, null when none
     * @param categories   offered category codes (MemberCategory names)
     * @param documents    document kinds it accepts, each with whether it is required
     * @param continued    in a transfer: the member belongs to it through the source facility, so choosing it
     *                     continues the membership (join date kept) instead of joining
     * @param heldCategory in a transfer: the category held there now (MemberCategory name), else null
     */
    public record Choice(long associationId, String name, int tier, boolean held, String refusalKey, String requiredBy,
                         List<String> categories, List<Document> documents, boolean continued, String heldCategory)
            implements Serializable {

        public boolean isSelectable() {
            return !held && refusalKey == null;
        }
    }

    public record Document(String kind, boolean required) implements Serializable {
    }
}
