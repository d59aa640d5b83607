package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.rules.AssociationRules;
import jp.mamis.ejb.rules.RulesService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 医師会ごとの独自ルール: the caller's association's admission rules, editable by its admin,
 * with the history of changes. Everyone on the staff can read them.
 */
@Named
@ViewScoped
public class RulesPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private RulesService service;

    @Inject
    private SecurityContext security;

    private RulesService.RulesView view;
    private int scopeLevel;
    private boolean multiple;
    private boolean certificateApproval;
    private boolean nameChangeApproval;
    private List<String> categories = new ArrayList<>();
    /** Document kind → NONE, OPTIONAL or REQUIRED. */
    private final Map<String, String> documents = new LinkedHashMap<>();

    public void load() {
        if (view == null) {
            read();
        }
    }

    private void read() {
        view = service.view();
        AssociationRules.Settings s = view.settings();
        scopeLevel = s.admissionScope().level();
        multiple = s.multipleMembershipAllowed();
        certificateApproval = s.certificateApprovalRequired();
        nameChangeApproval = s.nameChangeApprovalRequired();
        categories = new ArrayList<>(s.offeredCategories().stream().map(Enum::name).toList());
        documents.clear();
        for (DocumentKind k : DocumentKind.values()) {
            Boolean required = s.documents().get(k);
            documents.put(k.name(), required == null ? "NONE" : required ? "REQUIRED" : "OPTIONAL");
        }
    }

    public void save() {
        try {
            Set<MemberCategory> offered = EnumSet.noneOf(MemberCategory.class);
            categories.forEach(c -> offered.add(MemberCategory.valueOf(c)));
            Map<DocumentKind, Boolean> docs = new EnumMap<>(DocumentKind.class);
            documents.forEach((k, v) -> {
                if (!"NONE".equals(v)) {
                    docs.put(DocumentKind.valueOf(k), "REQUIRED".equals(v));
                }
            });
            service.change(new AssociationRules.Settings(Tier.ofLevel(scopeLevel), multiple, offered, docs, certificateApproval,
                    nameChangeApproval), view.version());
            read();
            Messages.info("rules.saved");
        } catch (MamisException e) {
            Messages.error("rulesForm", e);
        }
    }

    public boolean isEditable() {
        return security.isCallerInRole(Role.Groups.ADMIN);
    }

    /** The tiers the scope may name: this association's own tier up to JMA. */
    public List<Integer> getScopeLevels() {
        List<Integer> levels = new ArrayList<>();
        for (int l = view.tier(); l >= 1; l--) {
            levels.add(l);
        }
        return levels;
    }

    public MemberCategory[] getAllCategories() { return MemberCategory.values(); }
    public DocumentKind[] getDocumentKinds() { return DocumentKind.values(); }
    public RulesService.RulesView getView() { return view; }
    public int getScopeLevel() { return scopeLevel; }
    public void setScopeLevel(int v) { scopeLevel = v; }
    public boolean isMultiple() { return multiple; }
    public void setMultiple(boolean v) { multiple = v; }
    public boolean isCertificateApproval() { return certificateApproval; }
    public void setCertificateApproval(boolean v) { certificateApproval = v; }
    public boolean isNameChangeApproval() { return nameChangeApproval; }
    public void setNameChangeApproval(boolean v) { nameChangeApproval = v; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> v) { categories = v == null ? new ArrayList<>() : v; }
    public Map<String, String> getDocuments() { return documents; }
}
