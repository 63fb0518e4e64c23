package org.casus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The made-up world of the PETRARCH2 unit tests, read from its own dictionaries at run time: actors
 * ({@code PETR.Validate.actors.txt}: names, "+" synonyms, codes that may hold only between dates)
 * and agents ({@code PETR.Validate.agents.txt}: common nouns such as "foreign minister" that add a
 * sector to the actor they come with, "~GOVFRM").
 */
final class PetrarchActors {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]");
    private static final Pattern RESTRICTION = Pattern.compile("(\\S+)\\s*(?:(<|>)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");

    /** A dictionary phrase: its words in upper case; an actor's last word not closed by "_" also matches as a prefix. */
    record Phrase(List<String> words, List<Boolean> exact) {
    }

    /** A code valid from {@code from} (inclusive) to {@code to} (exclusive); open ends are empty. */
    record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
        boolean holds(LocalDate date) {
            return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> date.isBefore(t)).orElse(true);
        }
    }

    /** One entry: its names and its codes, the undated one last. */
    record Entry(List<Phrase> names, List<DatedCode> codes, boolean agent) {
        Optional<String> codeOn(LocalDate date) {
            return codes.stream().filter(c -> c.holds(date)).map(DatedCode::code).findFirst();
        }
    }

    private final List<Entry> entries;

    private PetrarchActors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    static PetrarchActors read(Path actors, Path agents) throws IOException {
        List<Entry> all = new ArrayList<>(readFile(actors, false));
        all.addAll(readFile(agents, true));
        return new PetrarchActors(all);
    }

    private static List<Entry> readFile(Path file, boolean agents) throws IOException {
        if (!Files.isRegularFile(file))
            throw new IOException(file + ": no such file (is --shared right?)");
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!.*?-->", "");
        List<Entry> entries = new ArrayList<>();
        List<Phrase> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        List<String> macros = new ArrayList<>();
        List<String> macroValues = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.replaceAll("#.*", "").strip();
            if (line.isEmpty())
                continue;
            if (line.startsWith("!") && line.contains("=")) { // "!PERSON! = MAN, MEN, WOMAN"
                macros.add(line.substring(0, line.indexOf('=')).strip());
                macroValues.add(line.substring(line.indexOf('=') + 1).strip());
                continue;
            }
            Matcher code = CODE.matcher(line);
            String head = code.find() ? line.substring(0, code.start()).strip() : line;
            boolean continuation = raw.startsWith("\t") || raw.startsWith(" ") || line.startsWith("+") || head.isEmpty();
            if (!continuation && !names.isEmpty()) {
                entries.add(new Entry(List.copyOf(names), ordered(codes), agents));
                names.clear();
                codes.clear();
            }
            if (!head.isEmpty())
                for (String name : spellings(head.startsWith("+") ? head.substring(1) : head, macros, macroValues, agents))
                    names.add(phrase(name, agents));
            code.reset();
            while (code.find())
                dated(code.group(1)).ifPresent(codes::add);
        }
        if (!names.isEmpty())
            entries.add(new Entry(List.copyOf(names), ordered(codes), agents));
        entries.removeIf(e -> e.codes().isEmpty());
        return entries;
    }

    // dated codes first, so that a date restriction wins over the default
    private static List<DatedCode> ordered(List<DatedCode> codes) {
        List<DatedCode> sorted = new ArrayList<>(codes.stream().filter(c -> c.from().isPresent() || c.to().isPresent()).toList());
        sorted.addAll(codes.stream().filter(c -> c.from().isEmpty() && c.to().isEmpty()).toList());
        return sorted;
    }

    /**
     * The name, macros expanded, with an agent's plurals: those in "{...}" ("{}" for none), else the
     * name with an "S" added.
     */
    private static List<String> spellings(String head, List<String> macros, List<String> values, boolean agent) {
        String name = head;
        List<String> forms = new ArrayList<>();
        int brace = head.indexOf('{');
        if (brace < 0 && agent && macros.stream().noneMatch(head::contains))
            forms.add(head.strip() + "S");
        if (brace >= 0) {
            name = head.substring(0, brace).strip();
            String plurals = head.substring(brace + 1, head.indexOf('}', brace)).strip();
            for (String p : plurals.split(","))
                if (!p.isBlank())
                    forms.add(p.strip());
        }
        forms.add(0, name);
        List<String> expanded = new ArrayList<>();
        for (String form : forms) {
            boolean macro = false;
            for (int m = 0; m < macros.size(); m++)
                if (form.contains(macros.get(m))) {
                    macro = true;
                    for (String v : values.get(m).split(","))
                        expanded.add(form.replace(macros.get(m), v.strip()));
                }
            if (!macro)
                expanded.add(form);
        }
        return expanded;
    }

    // agents are common nouns listed with their plurals, so they match whole words only
    private static Phrase phrase(String name, boolean agent) {
        List<String> words = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        String[] parts = name.toUpperCase(Locale.ROOT).split("[\\s_]+");
        boolean closed = name.endsWith("_") || agent;
        for (int i = 0; i < parts.length; i++)
            if (!parts[i].isEmpty()) {
                words.add(parts[i]);
                exact.add(i < parts.length - 1 || closed);
            }
        return new Phrase(words, exact);
    }

    private static Optional<DatedCode> dated(String body) {
        Matcher m = RESTRICTION.matcher(body.strip());
        if (!m.matches())
            return Optional.empty();
        String code = m.group(1).toUpperCase(Locale.ROOT).replaceAll("/.*", "");
        if (m.group(2) != null) {
            LocalDate day = date(m.group(3));
            return Optional.of(m.group(2).equals("<") ? new DatedCode(code, Optional.empty(), Optional.of(day))
                    : new DatedCode(code, Optional.of(day.plusDays(1)), Optional.empty()));
        }
        if (m.group(4) != null)
            return Optional.of(new DatedCode(code, Optional.of(date(m.group(4))), Optional.of(date(m.group(5)).plusDays(1))));
        return Optional.of(new DatedCode(code, Optional.empty(), Optional.empty()));
    }

    // TABARI-era dictionaries write six-digit dates, all of the twentieth century
    private static LocalDate date(String digits) {
        String full = digits.length() == 6 ? "19" + digits : digits;
        return LocalDate.of(Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)),
                Integer.parseInt(full.substring(6, 8)));
    }
}
