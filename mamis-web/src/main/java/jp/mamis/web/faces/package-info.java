/** Small Faces helpers shared by the backing beans: bundle-keyed messages and redirects. */
package jp.mamis.web.faces;
