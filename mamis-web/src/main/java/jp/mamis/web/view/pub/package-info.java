/**
 * Pages anyone may open without signing in, such as the check of a certificate's verification
 * code (照合). They show only what their service returns for the public.
 */
package jp.mamis.web.view.pub;
