package jp.mamis.domain.doctor;

import jp.mamis.domain.region.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("PersonName, Address and Contact")
class NameAndAddressTest {

    @Test
    @DisplayName("full name and reading are joined with a space; variant kanji are kept")
    void personName() {
        PersonName n = new PersonName("髙﨑", "太郎", "タカサキ", "タロウ");
        assertEquals("髙﨑 太郎", n.getFull());
        assertEquals("タカサキ タロウ", n.getFullKana());
        assertEquals("髙﨑", n.getFamilyName());
        assertEquals("太郎", n.getGivenName());
        assertEquals("タカサキ", n.getFamilyKana());
        assertEquals("タロウ", n.getGivenKana());
    }

    @Test
    @DisplayName("every part of a name is required")
    void personNameRequired() {
        assertThrows(NullPointerException.class, () -> new PersonName(null, "太郎", "ニチイ", "タロウ"));
        assertThrows(NullPointerException.class, () -> new PersonName("日医", null, "ニチイ", "タロウ"));
        assertThrows(NullPointerException.class, () -> new PersonName("日医", "太郎", null, "タロウ"));
        assertThrows(NullPointerException.class, () -> new PersonName("日医", "太郎", "ニチイ", null));
    }

    @Test
    @DisplayName("an address reads as one line: 〒, prefecture name, city, street")
    void address() {
        Address a = new Address("113-8621", Prefecture.TOKYO, "文京区", "本駒込2-28-16");
        assertEquals("113-8621 東京都文京区本駒込2-28-16", a.getOneLine());
        assertSame(Prefecture.TOKYO, a.getPrefecture());
        assertEquals("113-8621", a.getPostalCode());
        assertEquals("文京区", a.getCity());
        assertEquals("本駒込2-28-16", a.getStreet());
    }

    @Test
    @DisplayName("every part of an address is required")
    void addressRequired() {
        assertThrows(NullPointerException.class, () -> new Address(null, Prefecture.TOKYO, "文京区", "本駒込"));
        assertThrows(NullPointerException.class, () -> new Address("113-8621", null, "文京区", "本駒込"));
        assertThrows(NullPointerException.class, () -> new Address("113-8621", Prefecture.TOKYO, null, "本駒込"));
        assertThrows(NullPointerException.class, () -> new Address("113-8621", Prefecture.TOKYO, "文京区", null));
    }

    @Test
    @DisplayName("contacts are values: equal when every part is equal")
    void contactValue() {
        Address a = new Address("113-8621", Prefecture.TOKYO, "文京区", "本駒込2-28-16");
        assertEquals(new Contact(a, "03-1234-5678", null, null, "a@example.jp"),
                new Contact(a, "03-1234-5678", null, null, "a@example.jp"));
    }
}
