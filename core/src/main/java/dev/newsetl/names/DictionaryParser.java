package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the dictionary format documented in the header of {@code config/aliases.tsv}, validating as it goes. */
final class DictionaryParser {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String AGENCY = "agency";
    private static final String NO_SHORT = "no-short";
    private static final Set<String> FLAGS = Set.of(AGENCY, NO_SHORT);
    private static final String LANG = "lang=";
    private static final String CONTEXT = "context=";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /** Ids the recognizer gives the names it finds ({@code per-omur-tan}): a dictionary id must not look like one. */
    private static final List<String> RESERVED_ID_PREFIXES = List.of("per-", "org-", "loc-");
    /** Name endings that are not the surname: "Donald Trump Jr." is still a Trump. */
    private static final Set<String> GENERATIONAL = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    /** Shorter derived surnames ("Un", "Li") are too likely to be something else. */
    private static final int MIN_DERIVED_LETTERS = 3;

    private final String source;

    DictionaryParser(String source) {
        this.source = source;
    }

    private record Spelling(String text, boolean caseSensitive, boolean shortForm, boolean ambiguous) {}

    private record Row(
            Entity entity,
            int line,
            List<Spelling> spellings,
            boolean noShort,
            Set<String> languages,
            Set<String> contexts) {}

    private record Claim(Entity entity, int line) {}

    AliasDictionary parse(String content) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String[] lines = content.split("\n", -1);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            rows.add(parseRow(line, i + 1, idLines));
        }

        Map<String, Claim> claims = new HashMap<>();
        List<Alias> aliases = new ArrayList<>();
        List<Entity> entities = new ArrayList<>(rows.size());
        Map<String, Set<String>> languages = new HashMap<>();
        Map<String, Set<String>> contexts = new HashMap<>();
        for (Row row : rows) {
            Entity entity = row.entity();
            entities.add(entity);
            languages.put(entity.id(), row.languages());
            contexts.put(entity.id(), row.contexts());
            String canonical = entity.canonicalName();
            claim(
                    new Alias(
                            canonical,
                            TurkishFolding.key(canonical),
                            entity,
                            canonical,
                            false,
                            false,
                            false,
                            row.line(),
                            false),
                    claims,
                    aliases);
            for (Spelling s : row.spellings()) {
                String target = s.shortForm() ? shortTarget(entity, s.text()) : canonical;
                claim(
                        new Alias(
                                s.text(),
                                TurkishFolding.key(s.text()),
                                entity,
                                target,
                                s.caseSensitive(),
                                s.shortForm(),
                                false,
                                row.line(),
                                s.ambiguous()),
                        claims,
                        aliases);
            }
        }
        deriveSurnames(rows, claims, aliases);
        return new AliasDictionary(entities, aliases, languages, contexts);
    }

    private Row parseRow(String line, int lineNo, Map<String, Integer> idLines) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f.length > 6) {
            throw DictionaryException.at(
                    source,
                    lineNo,
                    "expected 3 to 6 tab-separated columns "
                            + "(id, type, canonical, aliases, flags, notes), found " + f.length
                            + (f.length == 1 ? " (are the columns separated by spaces instead of tabs?)" : ""));
        }
        String id = f[0].strip();
        if (!SLUG.matcher(id).matches()) {
            throw DictionaryException.at(
                    source,
                    lineNo,
                    "bad id \"" + id
                            + "\": an id is a lower-case slug like ibrahim-kalin (a-z, 0-9, single hyphens inside)");
        }
        for (String prefix : RESERVED_ID_PREFIXES) {
            if (id.startsWith(prefix)) {
                throw DictionaryException.at(
                        source,
                        lineNo,
                        "id \"" + id + "\" starts with " + prefix
                                + ", which is reserved for the ids of recognized names (per-, org-, loc-)");
            }
        }
        Integer firstLine = idLines.putIfAbsent(id, lineNo);
        if (firstLine != null) {
            throw DictionaryException.at(
                    source, lineNo, "duplicate id \"" + id + "\" (first defined on line " + firstLine + ")");
        }
        EntityType type = parseType(f[1].strip(), lineNo);
        String canonical = nfc(f[2].strip());
        if (canonical.isEmpty()) {
            throw DictionaryException.at(source, lineNo, "empty canonical name for " + id);
        }
        if (!startsWithLetterOrDigit(canonical)) {
            throw DictionaryException.at(
                    source,
                    lineNo,
                    "canonical name \"" + canonical + "\" of " + id + " must start with a letter or digit");
        }
        List<Spelling> spellings = f.length > 3 ? parseAliases(f[3], lineNo) : List.of();
        boolean agency = false;
        boolean noShort = false;
        Set<String> languages = new java.util.TreeSet<>();
        Set<String> contexts = new java.util.TreeSet<>();
        if (f.length > 4) {
            for (String flag : f[4].split(",")) {
                flag = flag.strip();
                if (flag.isEmpty()) {
                    continue;
                }
                if (flag.startsWith(LANG)) {
                    String lang = flag.substring(LANG.length());
                    if (!LANGUAGE.matcher(lang).matches()) {
                        throw DictionaryException.at(
                                source,
                                lineNo,
                                "bad flag \"" + flag
                                        + "\": lang= takes a two-letter ISO 639-1 code in lower case, like lang=tr");
                    }
                    languages.add(lang);
                    continue;
                }
                if (flag.startsWith(CONTEXT)) {
                    String context = flag.substring(CONTEXT.length());
                    if (!SLUG.matcher(context).matches()) {
                        throw DictionaryException.at(
                                source,
                                lineNo,
                                "bad flag \"" + flag + "\": context= takes a lower-case slug, like context=turkiye");
                    }
                    contexts.add(context);
                    continue;
                }
                if (!FLAGS.contains(flag)) {
                    throw DictionaryException.at(
                            source,
                            lineNo,
                            "unknown flag \"" + flag + "\" (known flags: " + AGENCY + ", " + NO_SHORT
                                    + ", lang=xx, context=name)");
                }
                agency |= flag.equals(AGENCY);
                noShort |= flag.equals(NO_SHORT);
            }
        }
        if (agency && type != EntityType.ORGANIZATION) {
            throw DictionaryException.at(
                    source, lineNo, "flag agency is only for an ORGANIZATION, but " + id + " is a " + type);
        }
        return new Row(
                new Entity(id, canonical, type, agency),
                lineNo,
                spellings,
                noShort,
                Set.copyOf(languages),
                Set.copyOf(contexts));
    }

    private EntityType parseType(String type, int lineNo) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw DictionaryException.at(
                source, lineNo, "unknown type \"" + type + "\": expected PERSON, ORGANIZATION or LOCATION");
    }

    private List<Spelling> parseAliases(String column, int lineNo) {
        if (column.isBlank()) {
            return List.of();
        }
        List<Spelling> out = new ArrayList<>();
        for (String raw : column.split("\\|", -1)) {
            String s = raw.strip();
            if (s.isEmpty()) {
                throw DictionaryException.at(source, lineNo, "empty alias (look for \"||\" or a stray \"|\")");
            }
            boolean caseSensitive = false;
            boolean shortForm = false;
            boolean ambiguous = false;
            int i = 0;
            for (; i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == '~' || s.charAt(i) == '?'); i++) {
                caseSensitive |= s.charAt(i) == '=';
                shortForm |= s.charAt(i) == '~';
                ambiguous |= s.charAt(i) == '?';
            }
            String text = nfc(s.substring(i).strip());
            if (text.isEmpty()) {
                throw DictionaryException.at(source, lineNo, "alias \"" + s + "\" has no name after its prefix");
            }
            if (!startsWithLetterOrDigit(text)) {
                throw DictionaryException.at(
                        source,
                        lineNo,
                        "alias \"" + s + "\" must start with a letter or digit (the only prefixes are =, ~ and ?)");
            }
            out.add(new Spelling(text, caseSensitive, shortForm, ambiguous));
        }
        return out;
    }

    private void claim(Alias alias, Map<String, Claim> claims, List<Alias> aliases) {
        Claim first = claims.putIfAbsent(alias.key(), new Claim(alias.entity(), alias.line()));
        if (first != null && !first.entity().equals(alias.entity())) {
            throw DictionaryException.at(
                    source,
                    alias.line(),
                    "alias \"" + alias.text() + "\" is claimed by "
                            + first.entity().id() + " and " + alias.entity().id());
        }
        aliases.add(alias);
    }

    /**
     * A person's surname alone names the person when no other entity uses that spelling: "Kalin" for İbrahim Kalın.
     * The last word of the canonical name and of every longer alias count; a surname two people share, or one that
     * is an alias of anything, is dropped quietly, since only the dictionary as a whole shows the clash.
     */
    private void deriveSurnames(List<Row> rows, Map<String, Claim> claims, List<Alias> aliases) {
        Map<String, List<Alias>> derived = new LinkedHashMap<>();
        for (Row row : rows) {
            Entity entity = row.entity();
            if (entity.type() != EntityType.PERSON || row.noShort()) {
                continue;
            }
            String target = surname(entity.canonicalName());
            List<String> names = new ArrayList<>();
            names.add(entity.canonicalName());
            for (Spelling s : row.spellings()) {
                if (!s.shortForm()) {
                    names.add(s.text());
                }
            }
            for (String name : names) {
                String[] tokens = name.split("\\s+");
                if (tokens.length < 2) {
                    continue;
                }
                String token = surname(name);
                String key = TurkishFolding.key(token);
                if (NameSpellings.letters(token) < MIN_DERIVED_LETTERS || claims.containsKey(key)) {
                    continue;
                }
                derived.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Alias(token, key, entity, target, false, true, true, row.line(), false));
            }
        }
        for (List<Alias> same : derived.values()) {
            Entity owner = same.get(0).entity();
            if (same.stream().allMatch(a -> a.entity().equals(owner))) {
                aliases.addAll(same);
            }
        }
    }

    /** Where a short reference points: a person's surname; else the words of the canonical name it spells. */
    private static String shortTarget(Entity entity, String text) {
        if (entity.type() == EntityType.PERSON) {
            return surname(entity.canonicalName());
        }
        String key = TurkishFolding.key(text);
        String[] tokens = entity.canonicalName().split("\\s+");
        for (int from = 0; from < tokens.length; from++) {
            for (int to = from + 1; to <= tokens.length; to++) {
                String run = String.join(" ", List.of(tokens).subList(from, to));
                if (TurkishFolding.key(run).equals(key)) {
                    return run;
                }
            }
        }
        return text;
    }

    /** The last word of a name that is not Jr., Sr., II ...; the name itself when it is one word. */
    static String surname(String name) {
        String[] tokens = name.strip().split("\\s+");
        int last = tokens.length - 1;
        while (last > 0 && GENERATIONAL.contains(tokens[last].toLowerCase(java.util.Locale.ROOT))) {
            last--;
        }
        return tokens[last];
    }

    private static boolean startsWithLetterOrDigit(String s) {
        return !s.isEmpty() && TurkishFolding.isWord(s.charAt(0));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
