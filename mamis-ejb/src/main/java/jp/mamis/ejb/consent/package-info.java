/**
 * Consent to the terms of use and personal-data handling: which version is in force, whether an
 * account has consented to it, and recording consent. Every member service asks this package
 * before it answers, so the gate holds on the server whatever page is requested.
 */
package jp.mamis.ejb.consent;
