package jp.mamis.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.attachment.FileType;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A document attached to an application (添付書類). The file itself lives outside the database
 * under a generated name; only the associations the member consented to may open it.
 */
@Entity
@Table(name = "application_attachment")
public class ApplicationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    /** The name the member's file had, for display only; never used as a path. */
    @Column(name = "original_name", nullable = false, length = 200)
    private String originalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 8)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "stored_name", nullable = false, unique = true, length = 100)
    private String storedName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The associations the member consented may see it (本人同意). */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "application_attachment_visibility",
            joinColumns = @JoinColumn(name = "attachment_id"),
            inverseJoinColumns = @JoinColumn(name = "association_id"))
    private Set<Association> visibleTo = new HashSet<>();

    protected ApplicationAttachment() {
    }

    ApplicationAttachment(Application application, DocumentKind kind, String originalName, FileType fileType, long size,
                          String sha256, String storedName, Instant uploadedAt, Set<Association> visibleTo) {
        this.application = Objects.requireNonNull(application);
        this.kind = Objects.requireNonNull(kind);
        this.originalName = displayName(originalName, fileType);
        this.fileType = Objects.requireNonNull(fileType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storedName = Objects.requireNonNull(storedName);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.visibleTo = new HashSet<>(visibleTo);
    }

    /** The file name without any path and control characters, at most 200 characters. */
    static String displayName(String name, FileType type) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "document." + type.extension();
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    void restrictTo(java.util.Collection<Association> associations) {
        visibleTo.retainAll(associations);
    }

    public boolean isVisibleTo(Association a) {
        return visibleTo.contains(a);
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getOriginalName() {
        return originalName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoredName() {
        return storedName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Set<Association> getVisibleTo() {
        return Set.copyOf(visibleTo);
    }
}
