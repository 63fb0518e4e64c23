package org.casus.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateCuesTest {
    private static final StateCues CUES = StateCues.shipped();

    private static Optional<String> state(String quote, String trigger) {
        int at = quote.indexOf(trigger);
        return CUES.of(quote, at, at + trigger.length());
    }

    @Test
    void aTruceStillHoldingIsInPlace() {
        assertThat(state("Ten days on, the truce between the two militias is still holding.", "truce"))
                .contains(StateCues.IN_PLACE);
    }

    @Test
    void aCeasefireThatCollapsedHasEnded() {
        assertThat(state("By Sunday the ceasefire agreed in Marlow had collapsed.", "ceasefire"))
                .contains(StateCues.ENDED);
    }

    @Test
    void aCueBeforeTheTriggerCounts() {
        assertThat(state("Residents feared the collapse of the truce.", "truce")).contains(StateCues.ENDED);
    }

    @Test
    void aNegationTurnsTheCueRound() {
        assertThat(state("Officials insisted the truce has not ended.", "truce")).contains(StateCues.IN_PLACE);
        assertThat(state("The border force is no longer deployed along the river.", "force"))
                .contains(StateCues.ENDED);
    }

    @Test
    void theLongestCueWins() {
        assertThat(state("The curfew remained in place across the valley.", "curfew")).contains(StateCues.IN_PLACE);
        assertThat(state("The blockade had ended before the talks.", "blockade")).contains(StateCues.ENDED);
    }

    @Test
    void cuesFarFromTheTriggerBelongToAnotherEvent() {
        assertThat(state("Gunmen shelled the depot at dawn, hours before a fragile arrangement between"
                + " the rival clans finally collapsed.", "shelled")).isEmpty();
    }

    @Test
    void bothStatesOrNoneSayNothing() {
        assertThat(state("The truce is holding in places but collapsed elsewhere.", "truce")).isEmpty();
        assertThat(state("Both sides signed the truce on Friday.", "truce")).isEmpty();
    }
}
