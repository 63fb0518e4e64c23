package org.casus.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Contradiction;
import org.casus.model.ContradictionValue;
import org.casus.model.Corroboration;
import org.casus.model.Event;
import org.casus.model.EventMention;
import org.casus.model.Modality;
import org.casus.model.Precision;
import org.casus.model.SourceLineage;

/**
 * The reconciled events behind the golden export files, in id order, made of {@link ExportedMentions}.
 * Each exercises a rule of the format: a copy and a credited report counted as one source, contradictions
 * with the articles behind each value, and an event with every optional absent and empty lists.
 */
final class ExportedEvents {
    private ExportedEvents() {
    }

    static List<Event> all() {
        List<EventMention> mentions = ExportedMentions.all();
        EventMention opened = mentions.get(0);
        EventMention strike = mentions.get(2);
        Event bridge = new Event("e" + opened.id(), opened.type(), opened.source(), opened.target(), opened.location(),
                opened.date(), opened.datePrecision(), Map.of("cars", 120L), Modality.ASSERTED,
                List.of(opened.id(), mentions.get(1).id()), List.of("0a41c9e2d7b35f18", "8e2f6a0d4b19c753"),
                List.of("Coast Times", "The Valley Post"), new Corroboration(2, 1),
                List.of(new Contradiction("date", List.of(
                        new ContradictionValue("2024-05-07", List.of("0a41c9e2d7b35f18")),
                        new ContradictionValue("2024-05-08", List.of("8e2f6a0d4b19c753"), List.of("bridge wardens"))))),
                List.of(new SourceLineage("0a41c9e2d7b35f18", "The Valley Post", SourceLineage.Kind.OWN, "own report"),
                        new SourceLineage("8e2f6a0d4b19c753", "The Valley Post", SourceLineage.Kind.COPY,
                                "copy of 0a41c9e2d7b35f18")));
        Event bare = new Event("e" + strike.id(), strike.type(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Precision.UNKNOWN, Map.of(), Modality.THREATENED, List.of(strike.id()),
                List.of("c5d8b3f1e0a27946"), List.of(), new Corroboration(1, 1), List.of(),
                List.of(new SourceLineage("c5d8b3f1e0a27946", "Nouvelles du Léman", SourceLineage.Kind.CREDIT,
                        "credits \"Radio Lac\", Geneva")));
        return List.of(bridge, bare);
    }
}
