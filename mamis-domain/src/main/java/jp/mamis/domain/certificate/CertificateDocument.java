package jp.mamis.domain.certificate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * The PDF of an issued certificate, as it was issued: kept so the member can download the very
 * document again. It is the only place the verification code exists in clear, because it is
 * printed on it; the certificate row keeps the code's hash only. A row apart from
 * {@link Certificate} so lists never load the bytes.
 */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Basic(optional = false)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected CertificateDocument() {
    }

    public CertificateDocument(Certificate certificate, byte[] pdf, String sha256) {
        if (!Objects.requireNonNull(certificate).getStatus().wasIssued()) {
            throw new IllegalStateException("only an issued certificate has a document");
        }
        this.certificate = certificate;
        this.pdf = Objects.requireNonNull(pdf).clone();
        this.sha256 = Objects.requireNonNull(sha256);
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getSha256() {
        return sha256;
    }
}
