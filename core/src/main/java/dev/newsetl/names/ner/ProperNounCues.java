package dev.newsetl.names.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What Turkish business news says about a name the model missed or mistyped, mostly foreign companies and
 * acronyms it never saw in training ({@code Fed}, {@code Nvidia}, {@code JPMorgan}, {@code KAP}):
 * <ul>
 *   <li>a company word before it ({@code çip şirketi Nvidia}, {@code yatırım bankası JPMorgan}, {@code işletmeci
 *       firma İGA}) or its shares after it ({@code Alphabet'in hisseleri}) make it an organization;</li>
 *   <li>Turkish writes an apostrophe only after proper nouns and abbreviations, so an acronym the model left
 *       untagged but written with one ({@code KAP'a}, {@code BoE'nin}, {@code Fed'in}) is a name: a place when the
 *       gazetteer knows it as a city or country, else an organization. The economy's own abbreviations
 *       ({@code TL'ye}, {@code TÜFE'ye}), months and weekdays are not names.</li>
 * </ul>
 * Turkish text only.
 */
final class ProperNounCues {

    /** Cue-made names are less certain than the model's. */
    static final double CONFIDENCE = 0.6;

    private static final int MAX_TOKENS = 3;

    /** Lower-case words that introduce a company's name, folded. */
    private static final Set<String> COMPANY_BEFORE = Set.of(
            "sirketi",
            "devi",
            "devleri",
            "firmasi",
            "firma",
            "kurulusu",
            "markasi",
            "bankasi",
            "holdingi",
            "operatoru",
            "ajansi",
            "uretici",
            "ureticisi",
            "saglayicisi",
            "perakendecisi");

    /** Capitalized words written with an apostrophe that are no names in business news, folded. */
    private static final Set<String> NOT_NAMES = Set.of(
            "tl",
            "ytl",
            "otv",
            "kdv",
            "tufe",
            "ufe",
            "gsyh",
            "gsmh",
            "cds",
            "kkm",
            "ovp",
            "usd",
            "eur",
            "sdr",
            "ocak",
            "subat",
            "mart",
            "nisan",
            "mayis",
            "haziran",
            "temmuz",
            "agustos",
            "eylul",
            "ekim",
            "kasim",
            "aralik",
            "pazartesi",
            "sali",
            "carsamba",
            "persembe",
            "cuma",
            "cumartesi",
            "pazar");

    private static final int PLACE = (1 << Gazetteer.Kind.CITY.ordinal()) | (1 << Gazetteer.Kind.COUNTRY.ordinal());

    private ProperNounCues() {}

    static List<TaggedSpan> apply(DocumentFeatures f, List<TaggedSpan> spans) {
        int n = f.size();
        TaggedSpan[] startingAt = new TaggedSpan[n];
        boolean[] covered = new boolean[n];
        for (TaggedSpan s : spans) {
            startingAt[s.first()] = s;
            for (int k = s.first(); k <= s.last(); k++) {
                covered[k] = true;
            }
        }
        List<TaggedSpan> out = new ArrayList<>(spans.size() + 8);
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            TaggedSpan s = startingAt[i];
            if (s != null) {
                boolean one = s.first() == s.last();
                if (one && NOT_NAMES.contains(f.folded[i])) {
                    changed = true; // the model's TÜFE: an index, not an organization
                } else if (!s.type().equals("ORG") && isCompany(f, s.first(), s.last())
                        || one && s.type().equals("PER") && isAcronym(f, i) && !f.isShouted(i)) {
                    // a person's name is no acronym (the model's PBoC, BoJ)
                    String type = s.type().equals("PER") && (f.gazetteer[i] & PLACE) != 0 ? "LOC" : "ORG";
                    out.add(new TaggedSpan(s.first(), s.last(), type, s.confidence()));
                    changed = true;
                } else {
                    out.add(s);
                }
                i = s.last();
                continue;
            }
            if (covered[i] || !isNameWord(f, i)) {
                continue;
            }
            int last = i;
            while (last + 1 < n && last - i + 1 < MAX_TOKENS && !covered[last + 1] && isNameWord(f, last + 1)) {
                last++;
            }
            String type = isCompany(f, i, last) ? "ORG" : null;
            if (type == null && last == i && hasSuffix(f, i) && isAbbreviation(f, i) && !isCommon(f, i)) {
                type = (f.gazetteer[i] & PLACE) != 0 ? "LOC" : "ORG";
            }
            if (type != null) {
                out.add(new TaggedSpan(i, last, type, CONFIDENCE));
                changed = true;
            }
            i = last;
        }
        return changed ? out : spans;
    }

    private static boolean isNameWord(DocumentFeatures f, int i) {
        return f.capital[i] && !f.isShouted(i) && Character.isLetter(f.words[i].charAt(0));
    }

    /** A company word just before {@code first}, or shares just after {@code last} (past its suffix). */
    private static boolean isCompany(DocumentFeatures f, int first, int last) {
        if (first > 0 && !f.capital[first - 1] && COMPANY_BEFORE.contains(f.folded[first - 1])) {
            return true;
        }
        int after = last + 1;
        if (after < f.size() && f.shapes[after].equals("'x")) {
            after++;
        }
        return after < f.size() && !f.capital[after] && f.folded[after].startsWith("hisse");
    }

    private static boolean hasSuffix(DocumentFeatures f, int i) {
        return i + 1 < f.size() && f.shapes[i + 1].equals("'x");
    }

    /** Capitals inside a word, as only acronyms write them: {@code BoE}, {@code PBoC}. */
    private static boolean isAcronym(DocumentFeatures f, int i) {
        return f.shapes[i].equals("XxX") && f.words[i].length() <= 5;
    }

    /** An acronym ({@code KAP}, {@code BoE}, {@code TikTok}) or a word of at most three letters ({@code Fed}). */
    private static boolean isAbbreviation(DocumentFeatures f, int i) {
        String shape = f.shapes[i];
        return shape.equals("XX") || shape.equals("XxX") || (shape.equals("Xx") && f.words[i].length() <= 3);
    }

    /** Months, weekdays, the economy's own abbreviations, ordinary words. */
    private static boolean isCommon(DocumentFeatures f, int i) {
        String w = f.folded[i];
        return NOT_NAMES.contains(w) || f.isLowerCaseWord(i) || w.length() < 2;
    }
}
