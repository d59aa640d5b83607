package jp.mamis.ejb.members;

import java.nio.charset.Charset;

/**
 * The encodings a CSV download is offered in: UTF-8 with a byte order mark (so Excel opens it
 * as UTF-8) or Windows-31J (MS932, Microsoft's Shift_JIS with the NEC and IBM extensions), which
 * older tools of the secretariats read.
 */
public enum CsvEncoding {
    UTF8_BOM(Charset.forName("UTF-8"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    MS932(Charset.forName("windows-31j"), new byte[0]);

    private final Charset charset;
    private final byte[] bom;

    CsvEncoding(Charset charset, byte[] bom) {
        this.charset = charset;
        this.bom = bom;
    }

    public Charset charset() {
        return charset;
    }

    /** The bytes written before the first row. */
    public byte[] bom() {
        return bom.clone();
    }

    /** The value of the request parameter ({@code utf8} or {@code ms932}); anything else is UTF-8. */
    public static CsvEncoding ofParameter(String p) {
        return "ms932".equalsIgnoreCase(p) ? MS932 : UTF8_BOM;
    }

    public String parameter() {
        return this == MS932 ? "ms932" : "utf8";
    }
}
