package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.admission.AdmissionOptions;
import jp.mamis.ejb.admission.AdmissionRequest;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 入会届 — and 異動届 with {@code ?kind=transfer}, which starts by choosing the source group
 * (異動元) and marks the destination associations already held there as continued — in three steps as in the seed: 医師会選択 (facility, then the associations from the
 * lowest tier up, each with a category), 入力 (start date, attachments), 確認・申請. The state
 * is saved as a draft when moving on, so an upload always has an application to belong to and
 * a refused file leaves everything else as it was. Opened with {@code ?id=} it continues a draft
 * or a returned application.
 */
@Named
@ViewScoped
public class AdmissionWizard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "admissionForm";

    public enum Step { SELECT, INPUT, CONFIRM }

    @EJB
    private AdmissionService service;

    @Inject
    private ExternalContext external;

    private Long id;
    /** "transfer" for a 異動届 (view parameter), else an admission. */
    private String kind;
    private List<AdmissionService.SourceGroup> sources = List.of();
    private Step step = Step.SELECT;
    private AdmissionRequest request;
    private String prefectureCode;
    /** "existing" or "new". */
    private String facilityMode = "existing";
    private List<AdmissionService.FacilityOption> facilities = List.of();
    private List<AdmissionService.EntryOption> entries = List.of();
    private AdmissionOptions options;
    private final Map<Long, Boolean> selected = new HashMap<>();
    /** Association id → chosen category code (MemberCategory name; strings because map values carry no type for Faces). */
    private final Map<Long, String> categories = new HashMap<>();
    private ApplicationDetail saved;
    private DocumentKind uploadKind = DocumentKind.LICENSE;
    private List<String> uploadVisibleTo = new ArrayList<>();
    private boolean returned;
    /** A transfer's announcements of the associations it leaves, shown on the confirmation. */
    private List<jp.mamis.ejb.fee.Announcements.Announcement> leaveNotices = List.of();

    /** f:viewAction: a new wizard, or the application named by {@code ?id=}. */
    public void load() {
        if (request != null) {
            return;
        }
        if (id != null) {
            try {
                request = service.editForm(id);
                saved = service.myApplication(id);
                returned = "RETURNED".equals(saved.status());
                if (!returned && !"DRAFT".equals(saved.status())) {
                    redirect("/member/application.xhtml?id=" + id);
                    return;
                }
                request.getCategories().forEach((a, c) -> {
                    selected.put(a, true);
                    categories.put(a, c.name());
                });
                if (request.isTransfer()) {
                    kind = "transfer";
                    sources = service.transferSources();
                }
                prefectureCode = request.getNewFacilityPrefecture();
                facilities = service.facilities(prefectureCode);
                entries = prefectureCode == null ? List.of() : service.entryAssociations(prefectureCode);
                if (request.getLowestAssociationId() != null) {
                    options = service.options(request.getSourceFacilityId(), request.getFacilityId(),
                            request.getLowestAssociationId());
                }
                step = returned ? Step.INPUT : Step.SELECT;
            } catch (MamisException e) {
                Messages.error(FORM, e);
            }
            return;
        }
        request = new AdmissionRequest();
        request.setSubmissionKey(UUID.randomUUID().toString());
        if (isTransfer()) {
            sources = service.transferSources();
            if (sources.size() == 1) {
                request.setSourceFacilityId(sources.get(0).facilityId());
            }
        }
        facilities = service.facilities(null);
        if (facilities.isEmpty()) {
            facilityMode = "new";
        }
    }

    /** The member picked a prefecture: its facilities and entry associations. */
    public void prefectureChanged() {
        facilities = service.facilities(prefectureCode);
        entries = prefectureCode == null ? List.of() : service.entryAssociations(prefectureCode);
        String typed = request.getNewFacilityName();
        facilityMode = facilities.isEmpty() || (typed != null && !typed.isBlank()) ? "new" : "existing";
        request.setLowestAssociationId(null);
        request.setNewFacilityPrefecture(prefectureCode);
        options = null;
    }

    /** The facility or the lowest association changed: show the chain again. */
    public void chainChanged() {
        options = null;
        selected.clear();
        if (request.getLowestAssociationId() == null) {
            return;
        }
        try {
            options = service.options(request.getSourceFacilityId(), "new".equals(facilityMode) ? null : request.getFacilityId(),
                    request.getLowestAssociationId());
            // preselect the lowest choosable association and everything up to the highest one a scope requires
            List<AdmissionOptions.Choice> chain = options.chain();
            int reach = 0;
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).requiredBy() != null) {
                    reach = i;
                }
            }
            for (int i = 0; i < chain.size(); i++) {
                AdmissionOptions.Choice c = chain.get(i);
                if (c.isSelectable() && (i <= reach || selected.isEmpty() || c.continued())) {
                    selected.put(c.associationId(), true);
                    if (c.heldCategory() != null) {
                        categories.putIfAbsent(c.associationId(), c.heldCategory());
                    }
                }
            }
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
    }

    public void toInput() {
        if (save()) {
            step = Step.INPUT;
        }
    }

    public void toConfirm() {
        if (save()) {
            leaveNotices = service.leaveNotices(id);
            step = Step.CONFIRM;
        }
    }

    public void back() {
        step = step == Step.CONFIRM ? Step.INPUT : Step.SELECT;
        if (returned) {
            step = Step.INPUT;
        }
    }

    public void saveDraft() {
        if (save()) {
            Messages.info("admission.draftSaved");
        }
    }

    /** Files the application (or files it again after a return), then shows it. */
    public String submit() {
        try {
            long filed = service.submit(build());
            return "/member/application?faces-redirect=true&id=" + filed + "&filed=" + (returned ? "again" : "new");
        } catch (MamisException e) {
            Messages.error(FORM, e);
            if (e.findField().filter(f -> f.equals("associations") || f.equals("category")).isPresent() && !returned) {
                step = Step.SELECT;
            } else if (e.findField().isPresent()) {
                step = Step.INPUT;
            }
            return null;
        }
    }

    /** A file arrived (PrimeFaces upload): stored with the chosen kind, visible to the ticked associations. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            Set<Long> visible = new java.util.HashSet<>();
            uploadVisibleTo.forEach(v -> visible.add(Long.valueOf(v)));
            service.addAttachment(id, uploadKind, file.getFileName(), in, visible);
            saved = service.myApplication(id);
            Messages.info("attachment.added", file.getFileName());
        } catch (MamisException e) {
            Messages.error(FORM, e);
        } catch (IOException e) {
            Messages.error(FORM, new MamisException("attachment.unreadable"));
        }
    }

    public void removeAttachment(long attachmentId) {
        try {
            service.removeAttachment(id, attachmentId);
            saved = service.myApplication(id);
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
    }

    private boolean save() {
        try {
            id = service.saveDraft(build());
            saved = service.myApplication(id);
            if (uploadVisibleTo.isEmpty()) {
                // by default the documents go to the associations admitting the member, not to those being left
                saved.lines().stream().filter(l -> !"LEAVE".equals(l.kind()))
                        .forEach(l -> uploadVisibleTo.add(String.valueOf(l.associationId())));
            }
            return true;
        } catch (MamisException e) {
            Messages.error(FORM, e);
            return false;
        }
    }

    private AdmissionRequest build() {
        if (!returned) {
            if ("new".equals(facilityMode)) {
                request.setFacilityId(null);
                request.setNewFacilityPrefecture(prefectureCode);
            } else {
                request.setNewFacilityName(null);
            }
            Map<Long, MemberCategory> chosen = new LinkedHashMap<>();
            if (options != null) {
                for (AdmissionOptions.Choice c : options.chain()) {
                    if (Boolean.TRUE.equals(selected.get(c.associationId()))) {
                        chosen.put(c.associationId(), category(c.associationId()));
                    }
                }
            }
            request.setCategories(chosen);
        } else {
            Map<Long, MemberCategory> chosen = new LinkedHashMap<>(request.getCategories());
            chosen.replaceAll((a, c) -> categories.containsKey(a) ? category(a) : c);
            request.setCategories(chosen);
        }
        return request;
    }

    private MemberCategory category(long associationId) {
        String c = categories.get(associationId);
        return c == null || c.isBlank() ? null : MemberCategory.valueOf(c);
    }

    private void redirect(String path) {
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The lines saved so far, for the confirmation and the attachment consent. */
    public List<ApplicationDetail.Line> getLines() {
        return saved == null ? List.of() : saved.lines();
    }

    public String getSavedFacility() {
        return saved == null ? null : saved.facilityName();
    }

    public List<ApplicationDetail.Attachment> getAttachments() {
        return saved == null ? List.of() : saved.attachments();
    }

    /** Documents the chosen associations ask for: "kind" → required by whom, for step 2. */
    public List<String> getDocumentNotes() {
        List<String> notes = new ArrayList<>();
        if (options == null) {
            return notes;
        }
        for (AdmissionOptions.Choice c : options.chain()) {
            if (Boolean.TRUE.equals(selected.get(c.associationId()))) {
                for (AdmissionOptions.Document d : c.documents()) {
                    notes.add(Messages.text(d.required() ? "admission.document.requiredBy" : "admission.document.optionalBy",
                            c.name(), Messages.text("document." + d.kind())));
                }
            }
        }
        return notes;
    }

    /** The source group chosen for a transfer, for the confirmation (異動元). */
    public AdmissionService.SourceGroup getSource() {
        return sources.stream().filter(g -> request != null && Long.valueOf(g.facilityId()).equals(request.getSourceFacilityId()))
                .findFirst().orElse(null);
    }

    /** The source changed: the destination's chain must be shown again. */
    public void sourceChanged() {
        chainChanged();
    }

    public boolean isTransfer() { return "transfer".equals(kind) || (request != null && request.isTransfer()); }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public List<AdmissionService.SourceGroup> getSources() { return sources; }
    /** The page's title key: 入会届 or 異動届. */
    public String getTitleKey() { return isTransfer() ? "transfer.title" : "admission.title"; }
    public Prefecture[] getPrefectures() { return Prefecture.values(); }
    public DocumentKind[] getDocumentKinds() { return DocumentKind.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public Step getStep() { return step; }
    public AdmissionRequest getRequest() { return request; }
    public String getPrefectureCode() { return prefectureCode; }
    public void setPrefectureCode(String v) { prefectureCode = v; }
    public String getFacilityMode() { return facilityMode; }
    public void setFacilityMode(String v) { facilityMode = v; }
    public List<AdmissionService.FacilityOption> getFacilities() { return facilities; }
    public List<AdmissionService.EntryOption> getEntries() { return entries; }
    public AdmissionOptions getOptions() { return options; }
    public Map<Long, Boolean> getSelected() { return selected; }
    public Map<Long, String> getCategories() { return categories; }
    public MemberCategory[] getAllCategories() { return MemberCategory.values(); }
    public DocumentKind getUploadKind() { return uploadKind; }
    public void setUploadKind(DocumentKind v) { uploadKind = v; }
    public List<String> getUploadVisibleTo() { return uploadVisibleTo; }
    public void setUploadVisibleTo(List<String> v) { uploadVisibleTo = v == null ? new ArrayList<>() : v; }
    public boolean isReturned() { return returned; }
    public List<jp.mamis.ejb.fee.Announcements.Announcement> getLeaveNotices() { return leaveNotices; }
}
