/** Password hashing (PBKDF2-HMAC-SHA256, 600,000 iterations) and login throttling. */
package jp.mamis.ejb.security;
