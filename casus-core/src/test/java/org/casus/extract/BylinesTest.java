package org.casus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void cutsDatesHandlesAndSeparatorsOffAnAuthorLine() {
        assertThat(Bylines.clean("By JANE DOE")).isEqualTo("JANE DOE");
        assertThat(Bylines.clean("Jane Doe @janedoe Nov 18, 2019 at 9:24 pm ET • 2 min read")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Jane Doe Monday, November 18, 2019")).isEqualTo("Jane Doe");
        assertThat(Bylines.clean("Jane Doe | Staff writer")).isEqualTo("Jane Doe");
    }

    @Test
    void keepsDigitsInsideAUserName() {
        assertThat(Bylines.clean("reporter8090")).isEqualTo("reporter8090");
    }

    @Test
    void aLineThatIsOnlyADateNamesNobody() {
        assertThat(Bylines.clean("November 20, 2019")).isEmpty();
    }
}
