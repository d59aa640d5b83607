package jp.mamis.domain.transfer;

import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.Facility;

/** A small association tree shaped like the seed's: Tokyo, Kanagawa (Yokohama with wards, Kawasaki) and Hokkaido. */
final class TestChains {

    final Association jma = Association.national("00", "日本医師会");
    final Association tokyo = Association.under(jma, "13", "東京都医師会", "13");
    final Association minato = Association.under(tokyo, "13103", "港区医師会", null);
    final Association chiyoda = Association.under(tokyo, "13101", "千代田区医師会", null);
    final Association kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
    final Association yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
    final Association naka = Association.under(yokohama, "1410004", "横浜市中区医師会", null);
    final Association aoba = Association.under(yokohama, "1410013", "横浜市青葉区医師会", null);
    final Association kawasaki = Association.under(kanagawa, "14130", "川崎市医師会", null);
    final Association hokkaido = Association.under(jma, "01", "北海道医師会", "01");
    final Association sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);

    final Facility saiseikai = new Facility("東京都済生会中央病院", "13");
    final Facility yokohamaGeneral = new Facility("医療法人〇〇会 横浜総合病院", "14");
    final Facility kawasakiClinic = new Facility("川崎クリニック", "14");
    final Facility sapporoHospital = new Facility("市立札幌市民病院", "01");
}
