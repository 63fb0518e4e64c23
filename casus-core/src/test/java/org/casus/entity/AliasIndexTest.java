package org.casus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AliasIndexTest {

    @Test
    void noSpellingNamesTwoShippedActors() {
        Titles titles = new Titles();
        Map<String, String> owner = new HashMap<>();
        for (Actor actor : Gazetteer.shipped().actors())
            for (String name : actor.names()) {
                String key = ParsedName.joined(ParsedName.of(name, titles).whole());
                assertThat(key).as("'%s' of %s folds to something", name, actor.id()).isNotEmpty();
                String earlier = owner.putIfAbsent(key, actor.id());
                assertThat(earlier == null || earlier.equals(actor.id()))
                        .as("'%s' names both %s and %s", name, earlier, actor.id()).isTrue();
            }
    }
}
