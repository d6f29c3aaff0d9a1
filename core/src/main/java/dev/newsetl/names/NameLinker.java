package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the recognizer's spans in one article into entities, beside the dictionary's matches, and links the
 * spellings that name the same one:
 * <ul>
 *   <li>the dictionary is authoritative: a recognized span overlapping a dictionary match is dropped;</li>
 *   <li>suffixes and possessives are not part of the name ({@code Erdoğan'ın}, {@code Apple's}), and case,
 *       diacritics and dotless i do not tell names apart ({@code ÖMÜR TAN}, {@code Omur Tan}, {@code Ömür Tan});</li>
 *   <li>a lone word that is the surname of a person named in full in the article is that person
 *       ({@code Ömür Tan} ... {@code Tan}), whatever type the recognizer gave it;</li>
 *   <li>an acronym introduced in parentheses after a name is that name ({@code Türkiye Cumhuriyet Merkez Bankası
 *       (TCMB)} ... {@code TCMB}), the dictionary's names included;</li>
 *   <li>once a name is known in the article, its other occurrences count even where the recognizer missed them
 *       (capitalized, whole words; an acronym with its letters as introduced).</li>
 * </ul>
 * Each entity's canonical spelling is chosen by {@link NameSpellings#choose}, its id by {@link RecognizedIds}; a
 * short reference keeps its own short canonical spelling (the surname as the full name writes it, the acronym).
 * Stateless and thread-safe.
 */
public final class NameLinker {
    private static final int MAX_ACRONYM = 10;
    private static final int MAX_SCAN_WORDS = 8;

    /** One text of the article: its (resolved) dictionary matches and the recognizer's names, both in text order. */
    public record Part(String text, List<NameMatch> dictionary, List<RecognizedName> recognized) {}

    /**
     * The article's names per part, dictionary and recognized together, in text order and not overlapping (ready
     * for {@link NameRewriter}), and the recognizer's highest confidence for each recognized entity id.
     */
    public record Linked(List<List<NameMatch>> matches, Map<String, Double> confidence) {}

    private NameLinker() {}

    /** A name the recognizer found, cut to its core. */
    private record Raw(
            int part,
            int start,
            int end,
            int spanEnd,
            String surface,
            String key,
            int words,
            EntityType type,
            double confidence) {}

    /** Where a mention points: a recognized group, or a dictionary entity (an acronym of a dictionary name). */
    private static final class Target {
        final Group group;
        final Entity entity;

        Target(Group group, Entity entity) {
            this.group = group;
            this.entity = entity;
        }
    }

    private static final class Group {
        final List<String> spellings = new ArrayList<>();
        final Map<String, Integer> counts = new HashMap<>();
        final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
        final int words;
        double confidence;
        EntityType type;
        Entity entity;

        Group(int words) {
            this.words = words;
        }

        void add(Raw r) {
            if (counts.merge(r.surface(), 1, Integer::sum) == 1) {
                spellings.add(r.surface());
            }
            votes.merge(r.type(), r.confidence() > 0 ? r.confidence() : 1e-6, Double::sum);
            confidence = Math.max(confidence, r.confidence());
        }

        int mentions() {
            int n = 0;
            for (int c : counts.values()) {
                n += c;
            }
            return n;
        }

        EntityType votedType() {
            EntityType best = null;
            for (Map.Entry<EntityType, Double> e : votes.entrySet()) {
                if (best == null || e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    /** A mention to report: a span, the entity and what rewriting puts there. */
    private record Mention(int part, int start, int end, Target target, boolean shortForm, String shortText) {}

    public static Linked link(List<Part> parts, String language) {
        boolean anyRecognized = false;
        for (Part p : parts) {
            anyRecognized |= !p.recognized().isEmpty();
        }
        List<Raw> raws = anyRecognized ? raws(parts) : List.of();
        parts = withoutSwallowed(parts, raws);
        if (raws.isEmpty()) {
            List<List<NameMatch>> same = new ArrayList<>(parts.size());
            for (Part p : parts) {
                same.add(p.dictionary());
            }
            return new Linked(same, Map.of());
        }

        Map<String, Group> groups = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Raw> singles = new ArrayList<>();
        Map<Raw, Group> fullOf = new LinkedHashMap<>();
        for (Raw r : raws) {
            if (r.words() > 1) {
                Group g = groups.computeIfAbsent(r.key(), k -> new Group(r.words()));
                g.add(r);
                fullOf.put(r, g);
            } else {
                singles.add(r);
            }
        }
        Map<String, Target> acronyms = acronyms(parts, raws, groups);
        Map<String, Group> surnames = surnames(groups);
        for (Raw r : singles) {
            Target acronym = acronyms.get(r.surface());
            Group person = surnames.get(r.key());
            if (acronym != null) {
                if (acronym.group != null) {
                    acronym.group.confidence = Math.max(acronym.group.confidence, r.confidence());
                }
                mentions.add(new Mention(r.part(), r.start(), r.end(), acronym, true, r.surface()));
            } else if (person != null && !groups.containsKey(r.key())) {
                person.confidence = Math.max(person.confidence, r.confidence());
                mentions.add(new Mention(r.part(), r.start(), r.end(), new Target(person, null), true, null));
            } else {
                Group g = groups.computeIfAbsent(r.key(), k -> new Group(1));
                g.add(r);
                fullOf.put(r, g);
            }
        }
        for (Map.Entry<Raw, Group> e : fullOf.entrySet()) {
            Raw r = e.getKey();
            mentions.add(new Mention(r.part(), r.start(), r.end(), new Target(e.getValue(), null), false, null));
        }
        Map<String, String> mixed = mixedWords(parts, raws);
        boolean turkish = "tr".equals(language);
        for (Group g : groups.values()) {
            g.type = g.votedType();
            String canonical = NameSpellings.recase(
                    NameSpellings.choose(g.spellings, g.counts),
                    mixed,
                    turkish || g.spellings.stream().anyMatch(NameSpellings::hasTurkishLetter));
            g.entity = new Entity(RecognizedIds.of(g.type, canonical), canonical, g.type, false);
        }
        scan(parts, groups, acronyms, mentions);
        return new Linked(assemble(parts, mentions), confidences(groups));
    }

    /** The recognizer's spans, checked (it is someone else's code), cut to their names, off the dictionary's. */
    private static List<Raw> raws(List<Part> parts) {
        List<Raw> raws = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            String text = part.text();
            List<RecognizedName> spans = new ArrayList<>(part.recognized());
            spans.sort(Comparator.comparingInt(RecognizedName::start));
            int after = 0;
            for (RecognizedName r : spans) {
                if (r.start() < after || r.end() > text.length()) {
                    continue;
                }
                int[] core = NameSpellings.core(text, r.start(), r.end());
                if (core == null || !clearOfDictionary(core[0], core[1], r.type(), part.dictionary())) {
                    continue;
                }
                after = r.end();
                EntityType type = r.type();
                int nameStart = OfficeTitles.nameStart(text, core[0], core[1]);
                if (nameStart > core[0]) {
                    core[0] = nameStart;
                    type = EntityType.PERSON;
                }
                String surface = NameSpellings.collapse(text.substring(core[0], core[1]));
                String key = TurkishFolding.key(surface);
                if (key.isEmpty()) {
                    continue;
                }
                double confidence = Double.isFinite(r.confidence()) ? Math.max(0, Math.min(1, r.confidence())) : 0;
                raws.add(new Raw(p, core[0], core[1], r.end(), surface, key, key.split(" ").length, type, confidence));
            }
        }
        return raws;
    }

    /**
     * Whether a recognized name may stand beside the dictionary's matches: it overlaps none, or it is a longer name
     * of another type that holds them whole ({@code QNB Türkiye}, a bank, around {@code Türkiye}, a country), as the
     * dictionary itself prefers {@code Rafah border crossing} to {@code Rafah}. Otherwise the dictionary wins:
     * {@code Erdoğan'ın} and {@code Cumhurbaşkanı Erdoğan} stay the dictionary's Erdoğan.
     */
    private static boolean clearOfDictionary(int start, int end, EntityType type, List<NameMatch> matches) {
        for (NameMatch m : matches) {
            if (m.start() < end
                    && start < m.end()
                    && (m.start() < start
                            || m.end() > end
                            || end - start <= m.end() - m.start()
                            || m.entity().type() == type && !(m.start() == start && followedByName(m, end)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a recognized person goes on past the dictionary's person with words of its own: {@code Erdoğan Şenay}
     * is a namesake whose given name is the dictionary's surname, while a name the dictionary's ends
     * ({@code Cumhurbaşkanı Erdoğan}) is still its entity. Organizations stay the dictionary's ({@code UN Security
     * Council} is the UN's).
     */
    private static boolean followedByName(NameMatch m, int end) {
        return m.entity().type() == EntityType.PERSON && end > m.end();
    }

    /** The parts with the dictionary matches that a longer recognized name holds taken out. */
    private static List<Part> withoutSwallowed(List<Part> parts, List<Raw> raws) {
        if (raws.isEmpty()) {
            return parts;
        }
        List<Part> out = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            List<NameMatch> kept = new ArrayList<>(part.dictionary().size());
            for (NameMatch m : part.dictionary()) {
                boolean swallowed = false;
                for (Raw r : raws) {
                    swallowed |= r.part() == p && r.start() <= m.start() && m.end() <= r.end();
                }
                if (!swallowed) {
                    kept.add(m);
                }
            }
            out.add(kept.size() == part.dictionary().size() ? part : new Part(part.text(), kept, part.recognized()));
        }
        return out;
    }

    /**
     * The last word of each multi-word person, where only one person of the article has it. Two full names with one
     * given name ({@code Bettie Page}, {@code Bettie Mae Page}) are one person's, and the surname is the more often
     * named one's; two given names ({@code Jim Brown}, {@code Sue Brown}) leave the surname to neither.
     */
    private static Map<String, Group> surnames(Map<String, Group> groups) {
        Map<String, Group> out = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            if (g.words < 2 || g.votedType() != EntityType.PERSON) {
                continue;
            }
            String surname = TurkishFolding.key(DictionaryParser.surname(e.getKey()));
            if (surname.length() < 2) {
                continue;
            }
            Group before = out.putIfAbsent(surname, g);
            if (before == null) {
                keyOf.put(surname, e.getKey());
            } else if (before != g) {
                String beforeKey = keyOf.get(surname);
                if (!firstWord(beforeKey).equals(firstWord(e.getKey()))) {
                    clash.put(surname, true);
                } else if (g.mentions() > before.mentions()) {
                    out.put(surname, g);
                    keyOf.put(surname, e.getKey());
                }
            }
        }
        clash.keySet().forEach(out::remove);
        return out;
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /**
     * Acronyms introduced in parentheses right after a name, by their exact letters. The acronym must be
     * plausible for the name (its first letter starts the name, its letters appear in the name in order); one
     * introduced for two names counts for neither.
     */
    private static Map<String, Target> acronyms(List<Part> parts, List<Raw> raws, Map<String, Group> groups) {
        Map<String, Target> out = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (Raw r : raws) {
            String acronym = acronymAfter(parts.get(r.part()).text(), r.spanEnd());
            if (acronym != null && r.words() > 1 && plausible(acronym, r.key())) {
                register(out, owners, clash, acronym, new Target(groups.get(r.key()), null), r.key());
            }
        }
        for (Part p : parts) {
            for (NameMatch m : p.dictionary()) {
                String acronym = acronymAfter(p.text(), m.end());
                if (acronym != null
                        && plausible(acronym, TurkishFolding.key(m.entity().canonicalName()))) {
                    register(
                            out,
                            owners,
                            clash,
                            acronym,
                            new Target(null, m.entity()),
                            m.entity().id());
                }
            }
        }
        clash.keySet().forEach(out::remove);
        return out;
    }

    private static void register(
            Map<String, Target> out,
            Map<String, String> owners,
            Map<String, Boolean> clash,
            String acronym,
            Target t,
            String owner) {
        String before = owners.putIfAbsent(acronym, owner);
        if (before == null) {
            out.put(acronym, t);
        } else if (!before.equals(owner)) {
            clash.put(acronym, true);
        }
    }

    /** {@code (TCMB)} after {@code end}, past a suffix and spaces: the letters inside, or null. */
    static String acronymAfter(String text, int end) {
        int i = end;
        int n = text.length();
        if (i < n && TurkishFolding.fold(text.charAt(i)) == '\'') {
            i++;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        while (i < n && TurkishFolding.kind(text.charAt(i)) == TurkishFolding.SPACE) {
            i++;
        }
        if (i >= n || text.charAt(i) != '(') {
            return null;
        }
        int s = i + 1;
        int e = s;
        int capitals = 0;
        while (e < n && e - s <= MAX_ACRONYM && (TurkishFolding.isWord(text.charAt(e)) || text.charAt(e) == '&')) {
            char c = text.charAt(e);
            if (Character.isLetter(c) && !TurkishFolding.isCapital(c) && c != 'ş' && c != 'x') {
                return null;
            }
            capitals += TurkishFolding.isCapital(c) ? 1 : 0;
            e++;
        }
        if (e >= n || text.charAt(e) != ')' || capitals < 2 || e - s > MAX_ACRONYM) {
            return null;
        }
        return text.substring(s, e);
    }

    private static boolean plausible(String acronym, String nameKey) {
        String letters = TurkishFolding.key(acronym);
        if (letters.isEmpty() || nameKey.isEmpty() || letters.charAt(0) != nameKey.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            at = nameKey.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Mixed-case spellings of the words the article's names use, for recasing an ALL-CAPS name. */
    private static Map<String, String> mixedWords(List<Part> parts, List<Raw> raws) {
        Map<String, String> out = new HashMap<>();
        for (Raw r : raws) {
            addMixed(out, r.surface());
        }
        for (Part p : parts) {
            for (NameMatch m : p.dictionary()) {
                addMixed(out, m.surface(p.text()));
            }
        }
        return out;
    }

    private static void addMixed(Map<String, String> out, String surface) {
        for (String word : surface.split(" ")) {
            if (!word.isEmpty() && !NameSpellings.allCaps(word) && TurkishFolding.isCapital(word.charAt(0))) {
                out.putIfAbsent(TurkishFolding.key(word), word);
            }
        }
    }

    private record Form(Target target, boolean shortForm, String exact, String shortText) {}

    /** Other occurrences of the names now known, where the recognizer did not tag them. */
    private static void scan(
            List<Part> parts, Map<String, Group> groups, Map<String, Target> acronyms, List<Mention> mentions) {
        Map<String, Form> forms = new HashMap<>();
        for (Map.Entry<String, Target> e : acronyms.entrySet()) {
            if (e.getValue().group == null || e.getValue().group.entity != null) {
                forms.put(TurkishFolding.key(e.getKey()), new Form(e.getValue(), true, e.getKey(), e.getKey()));
            }
        }
        for (Map.Entry<String, Group> e : surnames(groups).entrySet()) {
            forms.putIfAbsent(e.getKey(), new Form(new Target(e.getValue(), null), true, null, null));
        }
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            String exact =
                    g.words == 1 && NameSpellings.allCaps(g.entity.canonicalName()) ? g.entity.canonicalName() : null;
            forms.put(e.getKey(), new Form(new Target(g, null), false, exact, null));
        }
        if (forms.isEmpty()) {
            return;
        }
        List<BitSet> taken = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            BitSet bits = new BitSet();
            for (NameMatch m : parts.get(p).dictionary()) {
                bits.set(m.start(), m.end());
            }
            taken.add(bits);
        }
        for (Mention m : mentions) {
            taken.get(m.part()).set(m.start(), m.end());
        }
        for (int p = 0; p < parts.size(); p++) {
            scanPart(p, parts.get(p).text(), forms, taken.get(p), mentions);
        }
    }

    private static void scanPart(int part, String text, Map<String, Form> forms, BitSet taken, List<Mention> mentions) {
        List<int[]> words = words(text);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            int[] first = words.get(i);
            if (!TurkishFolding.isCapital(text.charAt(first[0])) || taken.get(first[0])) {
                continue;
            }
            key.setLength(0);
            int bestEnd = -1;
            Form best = null;
            int bestWords = 0;
            for (int k = i; k < words.size() && k - i < MAX_SCAN_WORDS; k++) {
                int[] w = words.get(k);
                if (k > i && !onlySpaces(text, words.get(k - 1)[1], w[0])) {
                    break;
                }
                if (k > i) {
                    key.append(' ');
                }
                key.append(TurkishFolding.key(text.substring(w[0], w[1])));
                Form f = forms.get(key.toString());
                int next = taken.nextSetBit(first[0]);
                if (f != null
                        && (f.exact() == null || f.exact().equals(text.substring(first[0], w[1])))
                        && (next < 0 || next >= w[1])) {
                    bestEnd = w[1];
                    best = f;
                    bestWords = k - i + 1;
                }
            }
            if (best != null) {
                taken.set(first[0], bestEnd);
                mentions.add(new Mention(part, first[0], bestEnd, best.target(), best.shortForm(), best.shortText()));
                i += bestWords - 1;
            }
        }
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (TurkishFolding.kind(text.charAt(i)) != TurkishFolding.SPACE) {
                return false;
            }
        }
        return true;
    }

    /** Runs of letters, digits and combining marks that do not continue a hyphenated or apostrophe'd word. */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!TurkishFolding.isWord(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n
                    && (TurkishFolding.isWord(text.charAt(i))
                            || TurkishFolding.kind(text.charAt(i)) == TurkishFolding.MARK)) {
                i++;
            }
            boolean glued = s > 0
                    && (text.charAt(s - 1) == '-'
                            || text.charAt(s - 1) == '.'
                            || TurkishFolding.fold(text.charAt(s - 1)) == '\''
                            || text.charAt(s - 1) == '@');
            boolean runsOn = i < n
                    && (text.charAt(i) == '-' && i + 1 < n && TurkishFolding.isCapital(text.charAt(i + 1))
                            || text.charAt(i) == '@');
            if (!glued && !runsOn) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    private static List<List<NameMatch>> assemble(List<Part> parts, List<Mention> mentions) {
        List<List<NameMatch>> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            out.add(new ArrayList<>(p.dictionary()));
        }
        for (Mention m : mentions) {
            Entity entity = m.target().group != null ? m.target().group.entity : m.target().entity;
            String form;
            if (!m.shortForm()) {
                form = entity.canonicalName();
            } else if (m.shortText() != null) {
                form = m.shortText();
            } else {
                form = DictionaryParser.surname(entity.canonicalName());
            }
            out.get(m.part()).add(new NameMatch(m.start(), m.end(), entity, form));
        }
        for (List<NameMatch> list : out) {
            list.sort(Comparator.comparingInt(NameMatch::start));
        }
        return out;
    }

    private static Map<String, Double> confidences(Map<String, Group> groups) {
        Map<String, Double> out = new HashMap<>();
        for (Group g : groups.values()) {
            double rounded = Math.round(g.confidence * 10_000) / 10_000.0;
            out.merge(g.entity.id(), rounded, Math::max);
        }
        return out;
    }
}
