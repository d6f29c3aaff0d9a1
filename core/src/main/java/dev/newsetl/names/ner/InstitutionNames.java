package dev.newsetl.names.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turkish institution and place names told by their head noun, which the models trained on 1990s general news
 * often cut or miss in business news: {@code Sanayi ve Teknoloji Bakanlığı}, {@code Türkiye Cumhuriyet Merkez
 * Bankası}, {@code Kamuyu Aydınlatma Platformu}, {@code Koç Holding}, {@code Gelecek Varlık Yönetimi AŞ},
 * {@code İstanbul Havalimanı}, {@code Euro Bölgesi}. A run of capitalized words (joined by {@code ve}) that ends in
 * such a head is one name of the head's type, over the model's pieces of it; a head written with a case suffix and
 * no apostrophe, as Turkish writes common-noun heads ({@code Ticaret Bakanlığından}), ends the name before the
 * suffix. Turkish text only: the heads are Turkish words.
 */
final class InstitutionNames {

    /** Rule-made names are less certain than the model's best. */
    static final double CONFIDENCE = 0.7;

    /** Capitalized words a name may have before its head ({@code Türkiye Esnaf ve Sanatkarları Konfederasyonu}). */
    private static final int MAX_BEFORE = 6;

    /** Heads that take the possessive ({@code Bakanlık} → {@code Ticaret Bakanlığı}), folded, of organizations. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of(
            "bakanligi",
            "bankasi",
            "kurumu",
            "kurulu",
            "ajansi",
            "vakfi",
            "dernegi",
            "birligi",
            "odasi",
            "borsasi",
            "universitesi",
            "akademisi",
            "enstitusu",
            "konfederasyonu",
            "federasyonu",
            "komisyonu",
            "komitesi",
            "konseyi",
            "ofisi",
            "platformu",
            "mudurlugu",
            "baskanligi",
            "bassavciligi",
            "mahkemesi",
            "meclisi",
            "senatosu",
            "kongresi",
            "partisi",
            "grubu",
            "sirketi",
            "fonu",
            "teskilati",
            "orgutu",
            "sendikasi",
            "hastanesi",
            "lisesi",
            "kulubu",
            "belediyesi",
            "valiligi",
            "kaymakamligi",
            "mustesarligi",
            "idaresi",
            "sekreterligi",
            "kooperatifi",
            "fabrikasi",
            "fabrikalari",
            "yollari",
            "servisi",
            "radyosu",
            "televizyonu",
            "gazetesi",
            "kutuphanesi",
            "muzesi",
            "merkezi");

    /** Heads of places, folded ({@code Sarp Gümrük Kapısı}, {@code Marmara Bölgesi}). */
    private static final Set<String> PLACE_HEADS = Set.of(
            "havalimani",
            "havaalani",
            "limani",
            "kapisi",
            "bolgesi",
            "korfezi",
            "denizi",
            "adasi",
            "bogazi",
            "caddesi",
            "meydani",
            "koprusu",
            "bulvari",
            "mahallesi",
            "yarimadasi",
            "nehri",
            "golu",
            "vadisi",
            "kanali");

    /** Words that end a company's name and take no possessive ({@code Koç Holding}, {@code Doğuş Otomotiv}). */
    private static final Set<String> COMPANY_WORDS = Set.of(
            "holding",
            "bank",
            "group",
            "grup",
            "otomotiv",
            "enerji",
            "sigorta",
            "telekom",
            "havayollari",
            "gida",
            "insaat",
            "medya",
            "cimento",
            "madencilik",
            "elektrik",
            "lojistik",
            "gayrimenkul",
            "faktoring",
            "leasing",
            "gazete");

    /** Legal forms written after a company's name ({@code AŞ}, {@code A.Ş.}, {@code Ltd.}). */
    private static final Set<String> LEGAL_FORMS = Set.of("as", "a.s", "a.s.", "ltd", "ltd.", "sti", "sti.");

    /** Case endings after a possessive head, folded, joined without an apostrophe ({@code Bakanlığı+ndan}). */
    private static final Set<String> CASE_ENDINGS = Set.of(
            "nin", "nun", "na", "ne", "nda", "nde", "ndan", "nden", "nca", "nce", "ni", "nu", "ndaki", "ndeki", "yla",
            "yle");

    /** Titles before a name, not part of an institution's ({@code Üyesi Martin Kocher}, {@code Bakan}). */
    private static final Set<String> TITLES = Set.of(
            "uyesi",
            "baskani",
            "bakani",
            "bakan",
            "baskan",
            "muduru",
            "yardimcisi",
            "sozcusu",
            "temsilcisi",
            "sefi",
            "yoneticisi",
            "direktoru",
            "ekonomisti",
            "analisti",
            "uzmani",
            "kurucusu",
            "ortagi",
            "sahibi",
            "cumhurbaskani",
            "genel",
            "muhabiri");

    private InstitutionNames() {}

    /** The spans with institution and place names widened over the model's pieces, in text order. */
    static List<TaggedSpan> widen(DocumentFeatures f, List<TaggedSpan> spans) {
        int n = f.size();
        TaggedSpan[] at = new TaggedSpan[n];
        for (TaggedSpan s : spans) {
            for (int k = s.first(); k <= s.last(); k++) {
                at[k] = s;
            }
        }
        List<TaggedSpan> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TaggedSpan name = exchange(f, i);
            if (name == null) {
                String type = headType(f, i);
                int start = type == null ? -1 : start(f, at, i);
                if (start >= 0) {
                    boolean legalForm = i + 1 < n
                            && !type.equals("LOC")
                            && stemLength(f.folded[i]) == f.folded[i].length()
                            && LEGAL_FORMS.contains(f.folded[i + 1])
                            && f.capital[i + 1];
                    name = new TaggedSpan(start, legalForm ? i + 1 : i, type, CONFIDENCE);
                }
            }
            if (name == null) {
                continue;
            }
            while (!found.isEmpty() && found.get(found.size() - 1).last() >= name.first()) {
                found.remove(found.size() - 1); // the longer name holds the one before (... Bankası Yönetim Kurulu)
            }
            found.add(name);
            i = name.last();
        }
        return found.isEmpty() ? spans : merge(f, spans, found);
    }

    /** {@code Borsa İstanbul}: the exchange, named before its city, is one organization. */
    private static TaggedSpan exchange(DocumentFeatures f, int i) {
        return i + 1 < f.size()
                        && f.folded[i].equals("borsa")
                        && f.capital[i]
                        && f.capital[i + 1]
                        && !f.isShouted(i)
                        && Character.isLetter(f.words[i + 1].charAt(0))
                ? new TaggedSpan(i, i + 1, "ORG", CONFIDENCE)
                : null;
    }

    /** {@code ORG} or {@code LOC} when token {@code i} is a capitalized head, else null. */
    private static String headType(DocumentFeatures f, int i) {
        if (i == 0 || !f.capital[i]) {
            return null;
        }
        String w = f.folded[i];
        int stem = stemLength(w);
        if (stem < 0 || f.isShouted(i)) {
            return null;
        }
        return stem < w.length() && PLACE_HEADS.contains(w.substring(0, stem)) || PLACE_HEADS.contains(w)
                ? "LOC"
                : "ORG";
    }

    private static boolean isHead(DocumentFeatures f, int i) {
        return f.capital[i] && stemLength(f.folded[i]) > 0;
    }

    /**
     * The length of a folded word without its case ending when the rest is a head, the whole length when it is a
     * head as it stands, -1 when it is no head.
     */
    static int stemLength(String folded) {
        if (ORGANIZATION_HEADS.contains(folded)
                || PLACE_HEADS.contains(folded)
                || COMPANY_WORDS.contains(folded)
                || LEGAL_FORMS.contains(folded)) {
            return folded.length();
        }
        for (int cut = folded.length() - 2; cut >= folded.length() - 5 && cut > 3; cut--) {
            char c = folded.charAt(cut);
            char before = folded.charAt(cut - 1);
            if ((c != 'n' && c != 'y') || (before != 'i' && before != 'u')) {
                continue; // every ending starts with n or y, after the possessive's i or u: no strings made
            }
            String head = folded.substring(0, cut);
            if (CASE_ENDINGS.contains(folded.substring(cut))
                    && (ORGANIZATION_HEADS.contains(head) || PLACE_HEADS.contains(head))) {
                return cut;
            }
        }
        return -1;
    }

    /** Where a name ending at token {@code t} ends in the text: before a case ending written without apostrophe. */
    static int end(Token t, String folded) {
        int stem = stemLength(folded);
        return stem > 0 && stem < folded.length() ? t.start() + stem : t.end();
    }

    /** The first token of the name whose head is {@code head}, or -1 when it would have fewer than two words. */
    private static int start(DocumentFeatures f, TaggedSpan[] at, int head) {
        int start = head;
        int k = head - 1;
        while (k >= 0 && head - k <= MAX_BEFORE) {
            if (f.folded[k].equals("ve") && start == k + 1 && k > 0 && f.capital[k - 1] && !f.sentenceStart[k]) {
                k--;
                continue;
            }
            if (!f.capital[k]
                    || !Character.isLetter(f.words[k].charAt(0))
                    || TITLES.contains(f.folded[k])
                    || f.isShouted(k)
                    || (start > k + 1 && isHead(f, k) && !COMPANY_WORDS.contains(f.folded[k]))) {
                break; // not a name's word, a headline's, or the end of the name before "ve" (Kütüphanesi ve)
            }
            TaggedSpan s = at[k];
            if (s != null && s.first() < k) {
                // the model's piece of this name, a place inside it (New York Borsası), or the person it is named
                // after (Sabiha Gökçen Havalimanı), whole
                k = s.first();
            }
            start = k;
            if (f.sentenceStart[k]) {
                break;
            }
            k--;
        }
        if (start < head - 1
                && f.sentenceStart[start]
                && at[start] == null
                && f.isLowerCaseWord(start)
                && !f.folded[start + 1].equals("ve")) {
            start++; // a sentence's first word is capitalized anyway (Dün Ticaret Bakanlığı)
        }
        return start < head ? start : -1;
    }

    /**
     * The model's spans with the rule's names put in: spans inside one dropped, a span running past one kept only
     * for the name that follows it ({@code Komisyonunun Amazon}).
     */
    private static List<TaggedSpan> merge(DocumentFeatures f, List<TaggedSpan> spans, List<TaggedSpan> found) {
        List<TaggedSpan> out = new ArrayList<>(spans.size() + found.size());
        for (TaggedSpan s : spans) {
            TaggedSpan kept = s;
            for (TaggedSpan r : found) {
                if (kept == null || kept.last() < r.first() || kept.first() > r.last()) {
                    continue;
                }
                int next = r.last() + 1;
                kept = kept.last() > r.last()
                                && f.capital[next]
                                && !f.isLowerCaseWord(next)
                                && !TITLES.contains(f.folded[next])
                        ? new TaggedSpan(next, kept.last(), kept.type(), kept.confidence())
                        : null;
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        out.addAll(found);
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<TaggedSpan> clean = new ArrayList<>(out.size());
        for (TaggedSpan s : out) {
            if (clean.isEmpty() || clean.get(clean.size() - 1).last() < s.first()) {
                clean.add(s);
            }
        }
        return clean;
    }
}
