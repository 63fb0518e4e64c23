package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceCreditsTest {
    private static final SourceCredits CREDITS = new SourceCredits(new OutletNames());

    @Test
    void findsOutletsCreditedBeforeOrAfterTheirName() {
        assertThat(CREDITS.first("Two shells fell, according to the Washington Post.")).contains("The Washington Post");
        assertThat(CREDITS.first("Two shells fell, an officer told the AP on Sunday.")).contains("Associated Press");
        assertThat(CREDITS.first("According to Reuters, two shells fell.")).contains("Reuters");
        assertThat(CREDITS.first("Middle East Eye reported exclusively that envoys met.")).contains("Middle East Eye");
        assertThat(CREDITS.first("The Kessia Times first reported the meeting.")).contains("Kessia Times");
        assertThat(CREDITS.first("(The Washington Post) Officials in the capital fear a clash.")).contains("The Washington Post");
    }

    @Test
    void namesWithoutACreditingFrameAreNoCredit() {
        assertThat(CREDITS.first("The Iraqi army said two shells fell.")).isEmpty();
        assertThat(CREDITS.first("He reads the Washington Post every day.")).isEmpty();
        assertThat(CREDITS.first("Officials told reporters that shells fell.")).isEmpty();
    }

    @Test
    void readsTheCreditedOutletOutOfAnAttribution() {
        assertThat(CREDITS.inAttribution("Bay Wire- Middle East Eye")).contains("Middle East Eye");
        assertThat(CREDITS.inAttribution("the AP")).contains("Associated Press");
        assertThat(CREDITS.inAttribution("Iraqi security sources")).isEmpty();
    }

    @Test
    void aNameDoesNotReachBackAcrossALineBreak() {
        assertThat(CREDITS.last("Talks Resume After the Storm'\n\nThe Harbour Times reported that envoys met."))
                .contains("Harbour Times");
    }
}
