/** Japanese regional codes: the 47 prefectures with their JIS X 0401 codes. */
package jp.mamis.domain.region;
