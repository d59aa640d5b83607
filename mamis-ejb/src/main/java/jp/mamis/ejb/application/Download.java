package jp.mamis.ejb.application;

import java.io.InputStream;

/** A stored attachment opened for download: served as an attachment with its real type, never inline. */
public record Download(String fileName, String mimeType, long size, InputStream content) {
}
