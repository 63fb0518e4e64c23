package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void readsIsoTimestampsAsTheDayWritten() {
        assertThat(PublishedDates.parse("2019-11-19T23:30:00-08:00")).contains(LocalDate.of(2019, 11, 19));
        assertThat(PublishedDates.parse("2019-11-20T04:03:00.000Z")).contains(LocalDate.of(2019, 11, 20));
        assertThat(PublishedDates.parse("2019/11/19")).contains(LocalDate.of(2019, 11, 19));
        assertThat(PublishedDates.parse("20191119")).contains(LocalDate.of(2019, 11, 19));
    }

    @Test
    void readsEnglishMonthNames() {
        assertThat(PublishedDates.parse("Nov. 19, 2019 8:03 am ET")).contains(LocalDate.of(2019, 11, 19));
        assertThat(PublishedDates.parse("19 November 2019")).contains(LocalDate.of(2019, 11, 19));
        assertThat(PublishedDates.parse("Tue, 19 Nov 2019 08:03:00 GMT")).contains(LocalDate.of(2019, 11, 19));
        assertThat(PublishedDates.parse("September 3rd, 2018")).contains(LocalDate.of(2018, 9, 3));
    }

    @Test
    void rejectsImpossibleAndPlaceholderDates() {
        assertThat(PublishedDates.parse("2019-13-45")).isEmpty();
        assertThat(PublishedDates.parse("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(PublishedDates.parse("yesterday")).isEmpty();
        assertThat(PublishedDates.parse("")).isEmpty();
    }

    @Test
    void findsDatesInUrlPaths() {
        assertThat(PublishedDates.fromUrl("https://a.example/2020/11/20/storm/")).contains(LocalDate.of(2020, 11, 20));
        assertThat(PublishedDates.fromUrl("https://a.example/news/20201120/storm")).contains(LocalDate.of(2020, 11, 20));
        assertThat(PublishedDates.fromUrl("https://a.example/story/2019-11-19/deal")).contains(LocalDate.of(2019, 11, 19));
        assertThat(PublishedDates.fromUrl("https://a.example/article/12345678/storm")).isEmpty();
        assertThat(PublishedDates.fromUrl("https://a.example/storm?d=2020/11/20/")).isEmpty();
    }
}
