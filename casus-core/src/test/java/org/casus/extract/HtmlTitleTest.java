package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTitleTest {

    @Test
    void cutsTheSiteNameOffATitle() {
        assertThat(HtmlTitle.withoutSiteName("Storm hits coast | The Daily", Optional.of("The Daily"), false))
                .isEqualTo("Storm hits coast");
        assertThat(HtmlTitle.withoutSiteName("Storm hits coast - Daily.com", Optional.of("The Daily"), false))
                .isEqualTo("Storm hits coast");
    }

    @Test
    void cutsAShortTailOfAPageTitleEvenWithoutKnowingTheOutlet() {
        assertThat(HtmlTitle.withoutSiteName("Council approves budget for the new school | Courier",
                Optional.empty(), true)).isEqualTo("Council approves budget for the new school");
    }

    @Test
    void keepsDashesThatArePartOfTheHeadline() {
        assertThat(HtmlTitle.withoutSiteName("Review - shoots for the moon, lands among the stars",
                Optional.of("VG"), false)).isEqualTo("Review - shoots for the moon, lands among the stars");
    }
}
