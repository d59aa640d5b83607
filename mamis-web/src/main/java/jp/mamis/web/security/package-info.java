/**
 * Jakarta Security for MAMIS: a custom form mechanism (the Faces login page calls
 * {@code SecurityContext.authenticate}), an identity store backed by the login service
 * (PBKDF2, throttling), the consent gate, and security headers.
 */
package jp.mamis.web.security;
