/** Run-time configuration read from the environment (never from the build). */
package jp.mamis.ejb.config;
