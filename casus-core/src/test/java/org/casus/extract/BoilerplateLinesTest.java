package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    @Test
    void dropsWidgetLabelsInSeveralLanguages() {
        assertThat(BoilerplateLines.drop(List.of("Advertisement", "DON'T MISS", "You may also like...",
                "Leia também:", "Читайте также", "Image 2 of 5", "12 Comments", "Kept paragraph."))).containsExactly(
                "Kept paragraph.");
    }

    @Test
    void dropsFilingLinesAndDateStamps() {
        assertThat(BoilerplateLines.isLabel("Filed under: Harbour | Transport |")).isTrue();
        assertThat(BoilerplateLines.isLabel("Tags: ferry, island, timetable")).isTrue();
        assertThat(BoilerplateLines.isLabel("20 Nov, 2019 05:47")).isTrue();
        assertThat(BoilerplateLines.isLabel("segunda-feira, 22 de janeiro de 2018 às 0:13")).isTrue();
    }

    @Test
    void dropsPictureCreditsButNotSentencesAboutPictures() {
        assertThat(BoilerplateLines.isLabel("Photo: Harbour Board")).isTrue();
        assertThat(BoilerplateLines.isLabel("(Image by Lena Frost/Courier)")).isTrue();
        assertThat(BoilerplateLines.isLabel("Pictures by the dozen were taken.")).isFalse();
    }

    @Test
    void keepsSentencesTimesAndTablesOfNumbers() {
        assertThat(BoilerplateLines.isLabel("The advertisement ran for three weeks.")).isFalse();
        assertThat(BoilerplateLines.isLabel("3:10 p.m.")).isFalse();
        assertThat(BoilerplateLines.isLabel("1 24 3 0")).isFalse();
        assertThat(BoilerplateLines.isLabel("Share prices fell 3% on Monday.")).isFalse();
    }
}
