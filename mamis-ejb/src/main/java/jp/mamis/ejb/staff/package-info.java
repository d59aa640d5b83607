/**
 * Staff accounts (職員アカウント) of an association, managed by its own admin: list, create with an
 * initial password (the account sets up its TOTP at first sign-in), change role, disable and
 * enable, reset the second factor. The association always keeps an active admin; every change is
 * written to the access log.
 */
package jp.mamis.ejb.staff;
