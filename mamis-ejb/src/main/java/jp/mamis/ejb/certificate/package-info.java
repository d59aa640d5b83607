/**
 * 在籍証明書: the member's requests and downloads ({@link jp.mamis.ejb.certificate.CertificateService}),
 * the secretariat's queue, approval, refusal and revocation
 * ({@link jp.mamis.ejb.certificate.CertificateReviewService}), the public check of a printed code
 * ({@link jp.mamis.ejb.certificate.CertificateVerification}, no sign-in), and the PDF itself
 * ({@link jp.mamis.ejb.certificate.CertificatePdf}: PDFBox with IPAex Gothic embedded, a QR code by ZXing).
 */
package jp.mamis.ejb.certificate;
