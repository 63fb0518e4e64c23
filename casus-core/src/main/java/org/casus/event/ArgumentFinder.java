package org.casus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the source and target of an event word: subject and object of a verb (agent and subject of
 * a passive), possessor, "by" phrase and modifiers of a noun ("Iran's attack", "a US strike on
 * Iran"), prepositional objects ("rockets fired at the embassy", "talks with Kadhimi"), and the one
 * a claim or an accusation names as the doer ("claimed responsibility for the attack"). Candidates
 * come surest first; the coder keeps the first that names a known actor.
 */
final class ArgumentFinder {
    /** Roots whose other party is introduced by "with": agreeing, meeting, cooperating, breaking ties, fighting. */
    private static final Set<String> WITH_ROOTS = Set.of("03", "04", "05", "06", "08", "16", "19");
    /** Roots whose other party is introduced by "to": appeals, promises, visits, aid, demands, warnings. */
    private static final Set<String> TO_ROOTS = Set.of("02", "03", "04", "07", "10", "13");
    /** Prepositions by which an accusation names the deed: "blamed X for", "implicated X in". */
    private static final Set<String> DEED = Set.of("for", "in", "of", "over", "with");
    /** Roots whose other party an infinitive may name: "pledged to help Iraq", "signed a deal to supply Iran". */
    private static final Set<String> PURPOSE_ROOTS = Set.of("03", "05", "06");
    /** The code of releasing people or property, whom a passive may name only as where they were held. */
    private static final String RELEASE = "084";
    /** The root of meetings and visits, which one may set out for. */
    private static final String MEET = "04";
    /** The root of appeals, whose other party may be the place where what is appealed for should happen. */
    private static final String APPEAL = "02";

    private final Subjects subjects;
    private final WordLists arguments;
    private final WordLists attribution;
    private final Set<String> things;

    /** @param things nouns of things used or moved (rockets, troops): an object, never a target */
    ArgumentFinder(Subjects subjects, WordLists arguments, WordLists attribution, Set<String> things) {
        this.subjects = subjects;
        this.arguments = arguments;
        this.attribution = attribution;
        this.things = Set.copyOf(things);
    }

    Roles find(SentenceTree tree, Predicate p) {
        if (p.root().equals("04") && tree.isVerb(p.anchor()) && arguments.in(tree.lemma(p.anchor()), "SEND"))
            return sent(tree, p.anchor());
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        int h = p.head();
        int a = p.anchor();
        Optional<Integer> vouch = Optional.empty();
        Optional<Claim> claim = claimed(tree, h).or(() -> a == h ? Optional.empty() : claimed(tree, a));
        if (claim.isPresent()) {
            sources.add(claim.get().doer());
            if (claim.get().voucher() != SentenceTree.NONE)
                vouch = Optional.of(claim.get().voucher());
        }
        Optional<Integer> agent = tree.isVerb(a) ? subjects.agent(tree, a) : Optional.empty();
        if (tree.isNoun(h))
            nominal(tree, p, sources, targets, agent.isPresent());
        if (tree.isVerb(a)) {
            agent.ifPresent(sources::add);
            if (subjects.passive(tree, a))
                subjects.passiveSubject(tree, a).ifPresent(targets::add);
            for (int o : tree.children(a, "obj", "iobj"))
                if (!thing(tree, o)) {
                    targets.add(o);
                    targets.addAll(origin(tree, o));
                }
            for (int x : tree.children(a, "xcomp")) // "hold Iraq responsible"
                targets.addAll(tree.children(x, "nsubj"));
            targets.addAll(prepositional(tree, a, p.root()));
            // "signed an agreement on water sharing with Jordan": the other party named inside the object
            for (int o : tree.children(a, "obj"))
                for (int n : nominalPhrase(tree, o))
                    targets.addAll(prepositional(tree, n, p.root()));
            targets.addAll(landed(tree, a));
            if (PURPOSE_ROOTS.contains(p.root()))
                targets.addAll(purpose(tree, a, p.root()));
            if (p.root().equals(APPEAL))
                targets.addAll(appealedIn(tree, a));
            // "launched a missile attack, targeting U.S. soldiers": what the attack was aimed at
            for (int c : tree.children(a, "advcl", "xcomp", "conj"))
                if (tree.token(c).pos().equals("VBG") && arguments.in(tree.lemma(c), "RESULT", "AIM")
                        && tree.children(c, "nsubj").isEmpty())
                    targets.addAll(tree.children(c, "obj"));
        }
        // "delivered the request during a meeting with the factions": who acts at a meeting attends it;
        // "sent bombers in a warning to Iran": who sent them warns; "left for Seoul for talks with
        // South Korea": who sets out for a meeting holds it
        int g = tree.governor(h);
        if (tree.isNoun(h) && a == h && g != SentenceTree.NONE && tree.isVerb(g)
                && (arguments.in(tree.caseOf(h), "PRESENT_AT")
                    || p.root().compareTo("18") < 0 && arguments.in(tree.caseOf(h), "MANNER")
                    || p.root().equals(MEET) && arguments.in(tree.caseOf(h), "ERRAND") && tree.children(g, "obj").isEmpty()))
            subjects.agent(tree, g).ifPresent(sources::add);
        // "the army's toll rose in clashes with the rebels", "soldiers died in fighting with the
        // rebels": who fared so in a fight or a dispute with another party named took part in it
        if (tree.isNoun(h) && a == h && g != SentenceTree.NONE && tree.isVerb(g) && WITH_ROOTS.contains(p.root())
                && tree.caseOf(h).equals("in") && tree.children(h, "nmod").stream()
                    .anyMatch(c -> arguments.in(tree.caseOf(c), "TARGET_WITH")))
            (subjects.passive(tree, g) ? subjects.passiveSubject(tree, g) : subjects.agent(tree, g))
                    .ifPresent(sources::add);
        // "was killed in a US drone operation": whose the means was, when no one is named as the doer
        if (tree.isVerb(a) && agent.isEmpty() && subjects.passive(tree, a))
            for (int c : tree.children(a, "obl"))
                if (arguments.in(tree.caseOf(c), "MEANS"))
                    for (int m : tree.children(c))
                        if (tree.relation(m).equals("nmod:poss") || tree.baseRelation(m).equals("nmod") && arguments.in(tree.caseOf(m), "AGENT")
                                || Set.of("amod", "compound").contains(tree.relation(m)) && mayNameParty(tree, m))
                            sources.add(m);
        if (p.act() != SentenceTree.NONE) { // "warned that Ankara will strike the bases": the act's target
            int actAnchor = PredicateFinder.anchor(tree, p.act(), arguments);
            targets.addAll(find(tree, new Predicate(p.act(), p.code(), actAnchor, SentenceTree.NONE)).targets());
        }
        // "aid workers were freed from Sudan": with no one named as the one who freed them, who held them
        if (p.code().startsWith(RELEASE) && tree.isVerb(a) && agent.isEmpty() && subjects.passive(tree, a))
            for (int c : tree.children(a, "obl"))
                if (arguments.in(tree.caseOf(c), "FROM_DOER"))
                    sources.add(c);
        if (claim.isPresent() && !claim.get().overrides() && sources.size() > 1)
            sources.add(sources.remove(0)); // the event's own doer comes before the one it is blamed on
        sources.removeIf(s -> s == h || s == a);
        targets.removeIf(t -> t == h || t == a);
        return new Roles(sources, targets, vouch);
    }

    /**
     * "rockets fired by the militia fell outside the embassy": where what a firing used came down is
     * what it hit. The landing verb has the thing as its subject; when the parser gave the thing to
     * the participle instead, it is the subjectless verb beside the participle.
     */
    private List<Integer> landed(SentenceTree tree, int verb) {
        List<Integer> used = new ArrayList<>();
        for (int o : tree.children(verb, "obj", "nsubj", "nsubj:pass"))
            if (thing(tree, o))
                used.add(o);
        if (tree.relation(verb).startsWith("acl") && thing(tree, tree.governor(verb)))
            used.add(tree.governor(verb));
        List<Integer> landings = new ArrayList<>();
        for (int u : used) {
            int g = tree.governor(u);
            if (g != verb && g != SentenceTree.NONE && tree.isVerb(g) && tree.relation(u).startsWith("nsubj"))
                landings.add(g);
        }
        if (!used.isEmpty() && tree.token(verb).pos().equals("VBN")) {
            int g = tree.governor(verb);
            List<Integer> beside = new ArrayList<>(tree.children(verb));
            if (g != SentenceTree.NONE)
                beside.addAll(tree.children(g));
            for (int v : beside)
                if (v > verb && tree.isVerb(v) && tree.children(v, "nsubj", "nsubj:pass").isEmpty())
                    landings.add(v);
        }
        List<Integer> found = new ArrayList<>();
        for (int v : landings)
            if (arguments.in(tree.lemma(v), "LAND")) {
                found.addAll(tree.children(v, "obj"));
                for (int c : tree.children(v, "obl"))
                    if (arguments.in(tree.caseOf(c), "LANDED_AT"))
                        found.add(c);
            }
        return found;
    }

    /**
     * "Iran dispatched Qaani to Baghdad to tell the factions ...": the one sent makes the visit, to
     * whom the errand is for ("the factions"), else to the place; the sender is no party to it.
     */
    private Roles sent(SentenceTree tree, int verb) {
        List<Integer> sources = new ArrayList<>(tree.children(verb, "obj", "iobj"));
        subjects.passiveSubject(tree, verb).filter(s -> subjects.passive(tree, verb)).ifPresent(sources::add);
        List<Integer> targets = new ArrayList<>();
        for (int errand : tree.children(verb, "advcl", "xcomp"))
            if (tree.caseOf(errand).equals("to") && tree.isVerb(errand)) {
                for (int o : tree.children(errand, "obj", "iobj"))
                    if (!thing(tree, o))
                        targets.add(o);
                targets.addAll(prepositional(tree, errand, "04"));
            }
        for (int c : tree.children(verb, "obl"))
            if (arguments.in(tree.caseOf(c), "DESTINATION"))
                targets.add(c);
        return new Roles(sources, targets, Optional.empty());
    }

    private void nominal(SentenceTree tree, Predicate p, List<Integer> sources, List<Integer> targets, boolean doer) {
        int h = p.head();
        boolean victimNoun = arguments.in(tree.lemma(h), "VICTIM_NOUN");
        targets.addAll(prepositional(tree, h, p.root()));
        // "the resumption of ties with Libya": the other party named inside what the event is of
        for (int c : tree.children(h, "nmod"))
            if (tree.caseOf(c).equals("of"))
                targets.addAll(prepositional(tree, c, p.root()));
        for (int c : tree.children(h)) {
            String r = tree.relation(c);
            if (r.equals("nmod:poss") && victimNoun)
                targets.add(c); // "Soleimani's murder": whose
            else if (r.equals("nmod:poss") || tree.baseRelation(c).equals("nmod") && arguments.in(tree.caseOf(c), "AGENT")) {
                sources.add(c);
                doer = true;
            } else if (r.equals("nmod") && tree.caseOf(c).equals("of") && !p.root().equals("15"))
                targets.add(c); // "the killing of Soleimani", "the arrest of three militiamen"
        }
        // "a US strike on Iran", "the American attack": a modifier that names a party is the doer;
        // but when the event has a doer already ("the administration will launch an Iran attack"),
        // or modifies another noun ("an Iran attack plan"), the party is its target
        boolean asTarget = doer || tree.relation(h).equals("compound");
        for (int c : tree.children(h, "amod", "compound"))
            if (mayNameParty(tree, c))
                (asTarget ? targets : sources).add(c);
        // "the Iran attack plan": the party names the noun the event word modifies, before it
        int g = tree.governor(h);
        if (tree.relation(h).equals("compound") && g != SentenceTree.NONE)
            for (int c : tree.children(g, "amod", "compound"))
                if (c < h && mayNameParty(tree, c))
                    targets.add(c);
        // "talks between Armenia and Azerbaijan": with no one else named as the doer, those it is
        // between do it; "the UN held talks between the two sides": it is done to them
        // "a resumption of ties between Ghana and Togo" too
        if (!doer)
            for (int n : nominalPhrase(tree, h))
                if (n != h && arguments.in(tree.caseOf(n), "BETWEEN") && targets.remove(Integer.valueOf(n)))
                    sources.add(n);
        // "Iran was behind the attack"
        if (tree.children(h, "case").stream().anyMatch(c -> arguments.in(tree.word(c), "BEHIND")) && !tree.children(h, "cop").isEmpty())
            sources.addAll(tree.children(h, "nsubj"));
        // "a warning from Trump", "a show of strength from the USA"
        if (FROM_ROOTS.contains(p.root()))
            for (int c : tree.children(h, "nmod"))
                if (arguments.in(tree.caseOf(c), "FROM_DOER"))
                    sources.add(c);
        // "the attack targeting the embassy", "a barrage of rockets targeted the embassy"
        List<Integer> heads = new ArrayList<>(List.of(h));
        for (int c : tree.children(h, "nmod"))
            if (tree.caseOf(c).equals("of") && things.contains(tree.lemma(c)))
                heads.add(c);
        for (int n : heads)
            for (int c : tree.children(n, "acl"))
                if (arguments.in(tree.lemma(c), "AIM", "RESULT"))
                    targets.addAll(tree.children(c, "obj"));
        // "the attack hit the embassy": what the event, as subject, struck
        if (g != SentenceTree.NONE && tree.relation(h).equals("nsubj") && tree.isVerb(g) && arguments.in(tree.lemma(g), "AIM"))
            targets.addAll(tree.children(g, "obj"));
    }

    /** Roots whose doer a noun may name after "from": statements, appeals, offers, aid, demands, threats, shows of force. */
    private static final Set<String> FROM_ROOTS = Set.of("01", "02", "03", "05", "07", "09", "10", "11", "12", "13", "15");

    /**
     * Who a thing came from: "welcomed a proposal from Egypt", "the plans sent by Iran". What is said
     * of or done with a message, an offer or a gift is aimed at whoever made it.
     */
    private List<Integer> origin(SentenceTree tree, int noun) {
        List<Integer> found = new ArrayList<>();
        for (int c : tree.children(noun, "nmod"))
            if (arguments.in(tree.caseOf(c), "FROM_DOER", "AGENT"))
                found.add(c);
        for (int v : tree.children(noun, "acl"))
            if (tree.token(v).pos().equals("VBN"))
                for (int c : tree.children(v, "obl"))
                    if (arguments.in(tree.caseOf(c), "FROM_DOER", "AGENT"))
                        found.add(c);
        return found;
    }

    /**
     * The other party of what an agreement or a pledge is for: "signed a deal to supply Iran",
     * "pledged to work with Iraq". The infinitive hangs from the verb or from its object.
     */
    private List<Integer> purpose(SentenceTree tree, int verb, String root) {
        List<Integer> clauses = new ArrayList<>();
        for (int c : tree.children(verb, "xcomp", "advcl"))
            if (tree.caseOf(c).equals("to"))
                clauses.add(c);
        for (int o : tree.children(verb, "obj"))
            for (int c : tree.children(o, "acl"))
                if (tree.caseOf(c).equals("to"))
                    clauses.add(c);
        List<Integer> found = new ArrayList<>();
        for (int c : clauses) {
            if (!tree.isVerb(c) || !tree.children(c, "nsubj").isEmpty())
                continue;
            for (int o : tree.children(c, "obj", "iobj"))
                if (!thing(tree, o))
                    found.add(o);
            found.addAll(prepositional(tree, c, root));
        }
        return found;
    }

    /**
     * "appealed for calm in Yemen", "called for peace in the region": where what is appealed for
     * should come about, named right after it, is whom the appeal concerns.
     */
    private List<Integer> appealedIn(SentenceTree tree, int verb) {
        List<Integer> found = new ArrayList<>();
        for (int wanted : tree.children(verb, "obl", "obj")) {
            if (tree.baseRelation(wanted).equals("obl") && !tree.caseOf(wanted).equals("for"))
                continue;
            for (int c : tree.children(wanted, "nmod"))
                if (tree.caseOf(c).equals("in"))
                    found.add(c);
            List<Integer> phrase = tree.subtree(wanted);
            int next = phrase.get(phrase.size() - 1) + 1;
            for (int c : tree.children(verb, "obl"))
                if (tree.caseOf(c).equals("in") && tree.child(c, "case").filter(k -> k == next).isPresent())
                    found.add(c);
        }
        return found;
    }

    /** A noun and the nouns it governs through prepositions, two levels down. */
    static List<Integer> nominalPhrase(SentenceTree tree, int noun) {
        List<Integer> found = new ArrayList<>(List.of(noun));
        for (int c : tree.children(noun, "nmod")) {
            found.add(c);
            found.addAll(tree.children(c, "nmod"));
        }
        return found;
    }

    // "fired rockets", "reduce the number of troops": what is used or moved is no party
    private boolean thing(SentenceTree tree, int noun) {
        if (things.contains(tree.lemma(noun)))
            return true;
        return tree.children(noun, "nmod").stream().anyMatch(c -> tree.caseOf(c).equals("of") && things.contains(tree.lemma(c)));
    }

    /** The nouns after prepositions that, for events of {@code root}, introduce the target. */
    private List<Integer> prepositional(SentenceTree tree, int head, String root) {
        List<Integer> found = new ArrayList<>();
        for (int c : tree.children(head)) {
            String r = tree.baseRelation(c);
            if (!r.equals("obl") && !r.equals("nmod"))
                continue;
            String prep = tree.caseOf(c);
            if (backer(tree, c))
                continue;
            if (arguments.in(prep, "TARGET")
                    || root.compareTo("13") >= 0 && arguments.in(prep, "TARGET_HOSTILE")
                    || WITH_ROOTS.contains(root) && arguments.in(prep, "TARGET_WITH") && !usesSomething(tree, head, root)
                    || TO_ROOTS.contains(root) && arguments.in(prep, "TARGET_TO")
                    || arguments.in(prep, "BETWEEN")
                    // force fired near a thing aims at it; one killed near a place is the victim
                    || root.compareTo("18") >= 0 && arguments.in(prep, "TARGET_NEAR") && tree.isNoun(c)
                        && tree.token(c).ner().equals("O") && !hasVictim(tree, head)
                    || root.equals("04") && tree.isVerb(head) && prep.equals("in") && tree.token(c).ner().equals("LOCATION"))
                found.add(c);
        }
        return found;
    }

    // "killed a guard near the warship": an object other than what was fired is the one it befell
    private boolean hasVictim(SentenceTree tree, int head) {
        return tree.children(head, "obj").stream().anyMatch(o -> !arguments.in(tree.lemma(o), "WEAPON"));
    }

    // "a militia aligned with Iran", "factions allied to Tehran": the one named after a word of
    // backing backs a party; it is none itself, whatever the parser hung it from
    private boolean backer(SentenceTree tree, int noun) {
        Optional<Integer> prep = tree.child(noun, "case");
        return prep.isPresent() && prep.get() > 0 && arguments.in(tree.word(prep.get() - 1), "SPONSOR");
    }

    // "rockets fired by a militia aligned with Iran": force done with something, or undergone, has no
    // other party after "with"; "clashed with the protesters" has
    private boolean usesSomething(SentenceTree tree, int head, String root) {
        return root.equals("19") && tree.isVerb(head)
                && (subjects.passive(tree, head) || !tree.children(head, "obj").isEmpty());
    }

    /**
     * A doer named by a claim or an accusation: "X claimed responsibility for the attack" makes X the
     * doer, over any other; "Iran blamed Israel for the killing" and "attacks attributed to Iran" name
     * Israel and Iran after any doer the event names itself. The voucher is who claims or blames.
     */
    private record Claim(int doer, boolean overrides, int voucher) {
    }

    private Optional<Claim> claimed(SentenceTree tree, int event) {
        for (int c : tree.children(event, "acl")) // "attacks attributed to Iran"
            if (attribution.in(tree.lemma(c), "ACCUSE"))
                for (int to : tree.children(c))
                    if (tree.caseOf(to).equals("to"))
                        return Optional.of(new Claim(to, false, SentenceTree.NONE));
        int g = tree.governor(event);
        if (g == SentenceTree.NONE)
            return Optional.empty();
        String prep = tree.caseOf(event);
        if (attribution.in(tree.lemma(g), "RESPONSIBILITY") && prep.equals("for")) {
            int verb = tree.governor(g);
            if (verb != SentenceTree.NONE && attribution.in(tree.lemma(verb), "CLAIM"))
                return subjects.agent(tree, verb).map(s -> new Claim(s, true, s));
            return Optional.empty();
        }
        if (attribution.in(tree.lemma(g), "ACCUSE") && tree.isVerb(g) && DEED.contains(prep)) {
            Optional<Integer> accused = tree.child(g, "obj");
            if (accused.isPresent())
                return Optional.of(new Claim(accused.get(), false, subjects.agent(tree, g).orElse(SentenceTree.NONE)));
        }
        return Optional.empty();
    }

    /**
     * Whether a modifier may name a party: a name, or a capitalised word such as a nationality
     * ("the American attack"), which is an adjective the tagger's classes leave out. The coder
     * keeps only candidates that name a known actor, so a capitalised word that names none costs
     * nothing.
     */
    private static boolean mayNameParty(SentenceTree tree, int i) {
        String word = tree.token(i).word();
        return !tree.token(i).ner().equals("O") || tree.token(i).pos().startsWith("NNP")
                || !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
