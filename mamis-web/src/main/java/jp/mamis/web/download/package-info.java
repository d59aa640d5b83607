/** File downloads outside Faces: attachments, always as attachments and never sniffed. */
package jp.mamis.web.download;
