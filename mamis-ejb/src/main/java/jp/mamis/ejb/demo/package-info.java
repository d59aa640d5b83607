/**
 * Demo data, loaded at start-up only when {@code MAMIS_DEMO=true}: tier-3/4 associations of
 * 神奈川県, 東京都 and 北海道, their facilities, and the demo doctor of the seed's My Page.
 */
package jp.mamis.ejb.demo;
