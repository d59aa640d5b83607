/** MAMIS screens: Faces views with thin backing beans, the security mechanism and the consent gate. */
package jp.mamis.web;
