package jp.mamis.domain.certificate;

/**
 * Where a certificate stands. Only {@link #ISSUED} is valid; {@link #REVOKED} and
 * {@link #SUPERSEDED} were issued once and are told as such to whoever checks their code.
 */
public enum CertificateStatus {
    /** 申請中: waits for the secretariat's approval. */
    REQUESTED,
    /** 発行済: valid. */
    ISSUED,
    /** 発行不可: the secretariat refused the request. */
    REFUSED,
    /** 失効: revoked by the secretariat. */
    REVOKED,
    /** 再発行により無効: a newer certificate for the same association replaced it. */
    SUPERSEDED;

    /** True for the states of a certificate that was issued (it has a number and a verification code). */
    public boolean wasIssued() {
        return this == ISSUED || this == REVOKED || this == SUPERSEDED;
    }
}
