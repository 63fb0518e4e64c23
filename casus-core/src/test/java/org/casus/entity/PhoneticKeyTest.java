package org.casus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

    private static String key(String name) {
        return PhoneticKey.of(NameFolder.words(NameFolder.fold(name)));
    }

    @Test
    void givesOneKeyToCommonTransliterations() {
        assertThat(key("Qaani")).isEqualTo(key("Ghaani")).isEqualTo(key("Qa'ani")).isEqualTo(key("Qani"));
        assertThat(key("Soleimani")).isEqualTo(key("Sulaimani")).isEqualTo(key("Süleymani"));
        assertThat(key("Fakhrizadeh")).isEqualTo(key("Fahrizade"));
        assertThat(key("Khatibzadeh")).isEqualTo(key("Hatipzade"));
        assertThat(key("al-Muhandis")).isEqualTo(key("Mohandes"));
        assertThat(key("Zelenskyy")).isEqualTo(key("Selenskyj")).isEqualTo(key("Zelenskiy"));
        assertThat(key("Abdel Fattah")).isEqualTo(key("Abd al-Fattah")).isEqualTo(key("Abdul-Fattah"));
        assertThat(key("Mohammed ibn Salman")).isEqualTo(key("Muhammad bin Salman"));
    }

    @Test
    void keepsLettersThatTellNamesApart() {
        assertThat(key("Iran")).isNotEqualTo(key("Iraq"));
        assertThat(key("Biden")).isNotEqualTo(key("Putin"));
        assertThat(key("Khamenei")).isNotEqualTo(key("Amini"));
        assertThat(key("Hezbollah")).isNotEqualTo(key("Kataib Hezbollah"));
        assertThat(key("Niger")).isNotEqualTo(key("Nigeria"));
    }

    @Test
    void dropsTheArabicArticleOnlyBeforeItsOwnConsonant() {
        assertThat(PhoneticKey.significant(List.of("muqtada", "as", "sadr"))).containsExactly("muqtada", "sadr");
        assertThat(PhoneticKey.significant(List.of("known", "as", "hamid"))).containsExactly("known", "as", "hamid");
    }
}
