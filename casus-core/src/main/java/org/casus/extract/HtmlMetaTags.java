package org.casus.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by key: the {@code property}, {@code name} or {@code itemprop} they
 * carry, case ignored. Where a key repeats, the first tag with content counts.
 */
final class HtmlMetaTags {
    private final Map<String, String> byKey = new HashMap<>();

    private HtmlMetaTags() {
    }

    static HtmlMetaTags of(Document page) {
        HtmlMetaTags tags = new HtmlMetaTags();
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty())
                continue;
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr);
                if (!key.isEmpty())
                    tags.byKey.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        return tags;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT)));
    }
}
