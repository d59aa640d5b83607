package jp.mamis.domain.attachment;

import java.util.Optional;

/**
 * The only file types MAMIS accepts as attachments: PDF for scanned certificates and résumés,
 * JPEG and PNG for photos and phone pictures of a licence. The type is decided by the first
 * bytes of the content (the "magic number"), never by the file name or the MIME type the browser
 * sent: an executable or an HTML page renamed to {@code 免許証.pdf} is still refused, and what
 * is stored is later served with the MIME type named here, not with one the uploader chose.
 *
 * <p>Magic numbers: PDF {@code %PDF-} (ISO 32000 requires the header at the start; files with
 * junk before it are refused on purpose), JPEG {@code FF D8 FF} (SOI followed by the first
 * marker), PNG the eight-byte signature {@code 89 50 4E 47 0D 0A 1A 0A}.
 */
public enum FileType {

    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** How many leading bytes {@link #detect} needs at most; reading this many is always enough. */
    public static final int HEAD_LENGTH = 8;

    private final String mimeType;
    private final String extension;
    private final byte[] magic;

    FileType(String mimeType, String extension, byte[] magic) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The MIME type to serve the file with, e.g. {@code application/pdf}. */
    public String mimeType() {
        return mimeType;
    }

    /** The file extension without the dot, e.g. {@code pdf}, for a download name. */
    public String extension() {
        return extension;
    }

    /**
     * The type of a file judged by its first bytes only.
     *
     * @param head the first bytes of the content; {@link #HEAD_LENGTH} are enough, more are ignored,
     *             fewer (or {@code null}) simply match nothing that needs more
     * @return the type, or empty when the content is none of PDF, JPEG or PNG
     */
    public static Optional<FileType> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        for (FileType type : values()) {
            if (type.matches(head)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
