/**
 * The association hierarchy (三層構造／四層構造): 日本医師会 (tier 1), the 47 prefectural
 * associations (tier 2), city/county/ward/university associations (tier 3) and district
 * associations (tier 4), each with a parent one tier up, and the chain from any of them to JMA.
 */
package jp.mamis.domain.association;
