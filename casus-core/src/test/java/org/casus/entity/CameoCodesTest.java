package org.casus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casus.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Checks the gazetteer's actor codes against the CAMEO lookups in ../shared/reference/cameo. */
class CameoCodesTest {
    // codes of the Phoenix actor dictionaries that the GDELT lookups lack (see shared/reference/README.md):
    // Taiwan, South Sudan and Kosovo as countries, PTY for parties and ISI for the Islamic State
    private static final Set<String> PHOENIX_COUNTRIES = Set.of("TWN", "SSD", "KSV");
    private static final Set<String> PHOENIX_BLOCKS = Set.of("PTY", "ISI");
    // the type codes CAMEO and PLOVER put where a country code would stand for a non-state actor
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS");

    private static Set<String> codes(String file) throws IOException {
        Path path = SharedData.folder("reference/cameo").resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        return lines.stream().skip(1).map(l -> l.split("\t")[0].strip())
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void everyCodeStartsWithACameoCountryRegionOrInternationalCode() throws IOException {
        Set<String> roots = new HashSet<>(codes("CAMEO.country.txt"));
        roots.addAll(codes("CAMEO.knowngroup.txt"));
        roots.addAll(INTERNATIONAL);
        roots.addAll(PHOENIX_COUNTRIES);
        for (Actor actor : Gazetteer.shipped().actors())
            assertThat(roots).as("first block of %s (%s)", actor.code(), actor.id()).contains(actor.codeRoot());
    }

    @Test
    void everyLaterBlockIsACameoTypeGroupReligionOrPlaceCode() throws IOException {
        Set<String> blocks = new HashSet<>(codes("CAMEO.type.txt"));
        blocks.addAll(codes("CAMEO.knowngroup.txt"));
        blocks.addAll(codes("CAMEO.religion.txt"));
        blocks.addAll(codes("CAMEO.country.txt"));
        blocks.addAll(PHOENIX_BLOCKS);
        for (Actor actor : Gazetteer.shipped().actors())
            for (int i = 3; i < actor.code().length(); i += 3)
                assertThat(blocks).as("block %d of %s (%s)", i / 3 + 1, actor.code(), actor.id())
                        .contains(actor.code().substring(i, i + 3));
    }

    @Test
    void everyCameoCountryAndRegionHasItsOwnRow() throws IOException {
        Set<String> shipped = Gazetteer.shipped().actors().stream()
                .filter(a -> a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION)
                .map(Actor::code).collect(Collectors.toSet());
        assertThat(shipped).containsAll(codes("CAMEO.country.txt"));
    }

    @Test
    void countriesCarryTheirBareCountryCode() throws IOException {
        Set<String> countryCodes = codes("CAMEO.country.txt");
        for (Actor actor : Gazetteer.shipped().actors())
            if (actor.type() == ActorType.COUNTRY)
                assertThat(countryCodes.contains(actor.code()) || PHOENIX_COUNTRIES.contains(actor.code()))
                        .as("country code %s of %s", actor.code(), actor.id()).isTrue();
    }
}
