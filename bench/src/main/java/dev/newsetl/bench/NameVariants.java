package dev.newsetl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The entities of {@code config/aliases.tsv} and the spellings a newsroom would use for them: the canonical name,
 * its listed aliases and its ASCII spelling ({@code Kalin}, {@code Turkiye}). Read with a few lines of splitting on
 * purpose, not with the production parser, so the corpus does not depend on the code it measures.
 */
final class NameVariants {

    /** One dictionary line: the type, the canonical name and the aliases without their {@code =}/{@code ~} marks. */
    record Named(String id, String type, String canonical, List<String> aliases, boolean agency) {}

    private final List<Named> persons = new ArrayList<>();
    private final List<Named> organizations = new ArrayList<>();
    private final List<Named> agencies = new ArrayList<>();
    private final List<Named> locations = new ArrayList<>();

    private NameVariants() {}

    static NameVariants load(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alias dictionary " + tsv, e);
        }
        NameVariants variants = new NameVariants();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            if (cols.length > 3 && !cols[3].isBlank()) {
                for (String alias : cols[3].split("\\|")) {
                    String bare = alias.replaceFirst("^[=~]+", "");
                    // Short references (~Gaza) and dotted acronyms are used by the templates' own rules.
                    if (!alias.contains("~") && !bare.isBlank()) {
                        aliases.add(bare);
                    }
                }
            }
            boolean agency = cols.length > 4 && cols[4].contains("agency");
            Named named = new Named(cols[0], cols[1], cols[2], List.copyOf(aliases), agency);
            switch (cols[1]) {
                case "PERSON" -> variants.persons.add(named);
                case "ORGANIZATION" -> (agency ? variants.agencies : variants.organizations).add(named);
                case "LOCATION" -> variants.locations.add(named);
                default -> {}
            }
        }
        if (variants.persons.isEmpty() || variants.locations.isEmpty() || variants.organizations.isEmpty()) {
            throw new IllegalStateException(tsv + " lists no persons, organizations or locations");
        }
        return variants;
    }

    List<Named> persons() {
        return persons;
    }

    List<Named> organizations() {
        return organizations;
    }

    List<Named> agencies() {
        return agencies;
    }

    List<Named> locations() {
        return locations;
    }

    /**
     * A spelling of a name as an article would write it: mostly the canonical form, sometimes an alias, sometimes
     * the ASCII form a foreign desk types ({@code Ibrahim Kalin}, {@code Turkiye}).
     */
    static String spell(Named named, SplittableRandom rnd) {
        int roll = rnd.nextInt(100);
        if (roll < 15) {
            String ascii = ascii(named.canonical());
            if (!ascii.equals(named.canonical())) {
                return ascii;
            }
        }
        if (roll >= 82 && !named.aliases().isEmpty()) {
            // The first alias is usually the common English one (Turkey, Khan Younis): prefer it.
            List<String> aliases = named.aliases();
            return roll < 94 ? aliases.get(0) : aliases.get(rnd.nextInt(aliases.size()));
        }
        return named.canonical();
    }

    /** The surname a second mention uses: the last word of the spelling ({@code Kalın}, {@code al-Hayya}). */
    static String surname(String fullSpelling) {
        String[] words = fullSpelling.split(" ");
        return words[words.length - 1];
    }

    /** English possessive with either apostrophe, as both appear in wire copy: {@code Kalın’s}, {@code Hamas'}. */
    static String possessive(String name, SplittableRandom rnd) {
        String apostrophe = rnd.nextBoolean() ? "\u2019" : "'";
        return name.endsWith("s") && rnd.nextBoolean() ? name + apostrophe : name + apostrophe + "s";
    }

    /** Drops diacritics, including the Turkish dotless ı that decomposition leaves alone. */
    static String ascii(String s) {
        String decomposed = Normalizer.normalize(s.replace('ı', 'i'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
