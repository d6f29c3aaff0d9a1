package dev.newsetl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted passages of an article and their speakers.
 *
 * <p>Quotes: text between curly {@code “...”}, straight {@code "..."} or {@code «...»} double quotes within one
 * paragraph. Scare quotes and single words ({@code “martyr”}) are quoted passages too (issue 3 and the evaluation
 * set count them); only a passage with no word at all is ignored. An opening quote with no
 * closing one in its paragraph (news style for a quote that runs on into the next paragraph) yields the text up to
 * the paragraph's end; if the next paragraph opens with a quote and names no speaker, it inherits that quote's
 * speaker.
 *
 * <p>Speakers, looked for within the quote's sentence, in this order:
 * <ol>
 *   <li>after the quote: {@code “...,” Fidan said.} / {@code “...,” a member of the delegation said} /
 *       {@code “...,” said Hakan Fidan, the foreign minister.} (the name before the first comma);</li>
 *   <li>{@code according to X} after or before the quote;</li>
 *   <li>before the quote: {@code Turkish President Recep Tayyip Erdogan said on Monday: “...”} (the noun phrase
 *       just before the last speech verb, back to a comma or a conjunction).</li>
 * </ol>
 * {@code he}/{@code she} is replaced by the last named speaker before it in the same article, or null when there
 * is none; {@code they}, {@code it}, {@code we} give null. The speaker is the text as written, cut to the noun
 * phrase; null when no pattern matches.
 *
 * <p>Thread-safe (no state between calls).
 */
public final class QuoteExtractor {

    static final int MIN_WORDS = 1;
    private static final int MAX_SPEAKER_WORDS = 8;

    private static final String VERBS = "said|says|told|tells|added|adds|stated|noted|wrote|writes|explained|stressed"
            + "|warned|argued|declared|insisted|continued|asked|remarked|emphasi[sz]ed|underlined|underscored"
            + "|tweeted|posted|announced|claimed|replied|recalled|urged|acknowledged|conceded|complained|commented"
            + "|confirmed|cautioned|affirmed|reiterated|maintained|concluded|observed|was quoted as saying"
            + "|were quoted as saying";
    private static final String ADVERBS = "(?:(?:also|later|then|further|earlier|reportedly|previously|once|has|have"
            + "|had|would|will|separately|again|simply|repeatedly)\\s+)*";

    /** {@code “...,” Fidan said} : a short phrase, then the verb. */
    private static final Pattern NP_THEN_VERB = Pattern.compile(
            "^[\\s,;:—–-]*([^.;:!?“”\"«»()]{1,120}?)\\s+" + ADVERBS + "(?:" + VERBS + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** {@code “...,” said Hakan Fidan, the foreign minister} : the verb, then the phrase. */
    private static final Pattern VERB_THEN_NP = Pattern.compile(
            "^[\\s,;:—–-]*(?:said|says|added|adds|wrote|asked|explained|noted|continued|stated|recalled|warned)\\s+"
                    + "(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Sen|Rep)\\.\\s+)?" // a title's full stop would end the name
                    + "((?:the\\s+|an?\\s+)?\\p{Lu}?[^\\s,.;:!?“”\"«»()]*(?:\\s+[^\\s,.;:!?“”\"«»()]+)*)",
            Pattern.UNICODE_CASE);

    private static final Pattern ACCORDING_TO =
            Pattern.compile("\\baccording to\\s+([^,.;:!?“”\"«»()]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern VERB_IN_HEAD = Pattern.compile(
            "\\b(?:" + VERBS + "|adding|saying|described|describes|called|calls|praised|praises|hailed)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Turkish puts the speaker before the quote and the verb after it: {@code Erdoğan, “...” dedi.} */
    private static final Pattern TURKISH_VERB_AFTER = Pattern.compile(
            "^[\\s,]*(?:dedi|diye konuştu|diye ekledi|diye belirtti|ifadesini kullandı)\\b",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Where a noun phrase before a verb starts: after punctuation or a conjunction. */
    private static final Pattern PHRASE_BOUNDARY = Pattern.compile(
            "(?:[,;:()\\[\\]—–]|\\b(?:that|and|but|while|because|which|when|after|before|as|then|so|if|or|where)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that end a noun phrase read forwards ({@code said the minister on Tuesday}). */
    private static final Set<String> PHRASE_STOPS = Set.of(
            "on",
            "in",
            "at",
            "during",
            "after",
            "before",
            "while",
            "when",
            "as",
            "to",
            "last",
            "this",
            "earlier",
            "later",
            "yesterday",
            "today",
            "tonight",
            "who",
            "which",
            "that",
            "and",
            "but",
            "adding",
            "referring",
            "speaking",
            "via",
            "told",
            "with");

    /** Words a speaker phrase cannot start with: it is a clause, not a name. */
    private static final Set<String> NOT_A_SUBJECT = Set.of(
            "and",
            "but",
            "which",
            "that",
            "as",
            "while",
            "when",
            "because",
            "so",
            "if",
            "or",
            "then",
            "where",
            "who",
            "to",
            "on",
            "in",
            "at",
            "adding",
            "saying",
            "said",
            "says",
            "added",
            "adds",
            "wrote",
            "asked",
            "explained",
            "noted",
            "continued",
            "stated",
            "recalled",
            "warned",
            "told");

    /** A comma-separated part starting with one of these makes the phrase a clause ({@code the talks, which}). */
    private static final Set<String> CLAUSE_AFTER_COMMA =
            Set.of("which", "that", "and", "but", "while", "because", "where", "if", "so", "or");

    private static final Set<String> LINKING_PRONOUNS = Set.of("he", "she");
    private static final Set<String> OTHER_PRONOUNS = Set.of("they", "it", "we", "i", "you");

    private static final Pattern TRAILING_ADVERB = Pattern.compile(
            "(?:\\s+(?:also|later|then|further|earlier|reportedly|previously|once|has|have|had|would|will"
                    + "|separately|again|simply|repeatedly))+$",
            Pattern.CASE_INSENSITIVE);

    /** A speech verb with no subject of its own between two quotes of one sentence. */
    private static final Pattern ADDED_IN_SAME_SENTENCE =
            Pattern.compile("^[\\s,]*(?:and\\s+)?(?:added|adding|continued|went on)\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "prof", "st", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "inc", "corp", "co", "ltd", "vs",
            "jr", "sr", "capt", "maj", "adm", "pres");

    /** The quotes of an article, paragraph by paragraph, in order. */
    public List<ExtractedQuote> extract(List<String> paragraphs) {
        List<ExtractedQuote> quotes = new ArrayList<>();
        if (paragraphs == null) {
            return quotes;
        }
        String lastNamed = null;
        Span carried = null; // an unclosed quote at the end of the previous paragraph
        String carriedSpeaker = null;
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isEmpty()) {
                carried = null;
                continue;
            }
            List<Span> spans = spans(paragraph);
            int previousEnd = 0;
            boolean first = true;
            Span lastSpan = null;
            String lastSpeaker = null;
            for (Span span : spans) {
                String text = quoteText(paragraph, span);
                String speaker = speaker(paragraph, span, previousEnd);
                if (speaker != null) {
                    String lower = speaker.toLowerCase(Locale.ROOT);
                    if (LINKING_PRONOUNS.contains(lower)) {
                        // "Shaath said the committee ... “...,” he told reporters": he is the last one who spoke
                        String named = lastSubjectBefore(paragraph, span.open);
                        speaker = named != null ? named : lastNamed;
                    } else if (OTHER_PRONOUNS.contains(lower)) {
                        speaker = null;
                    } else {
                        lastNamed = speaker;
                    }
                }
                boolean continuesPrevious = first
                        && carried != null
                        && paragraph.substring(0, span.open).isBlank();
                if (speaker == null && continuesPrevious) {
                    speaker = carriedSpeaker;
                }
                if (speaker == null
                        && lastSpan != null
                        && ADDED_IN_SAME_SENTENCE
                                .matcher(paragraph.substring(previousEnd, span.open))
                                .find()
                        && sentenceStart(paragraph, span.open) <= lastSpan.open) {
                    // "Fidan said the talks were “frank” and added, “...”": the same speaker goes on.
                    speaker = lastSpeaker;
                }
                if (TextStats.wordCount(text) >= MIN_WORDS) {
                    quotes.add(new ExtractedQuote(text, speaker));
                }
                previousEnd = span.end;
                first = false;
                lastSpan = span;
                lastSpeaker = speaker;
            }
            carried = lastSpan != null && !lastSpan.closed ? lastSpan : null;
            carriedSpeaker = carried == null ? null : lastSpeaker;
        }
        return quotes;
    }

    /**
     * A quote in a paragraph: {@code open} is the index of the opening mark, the text is [contentStart,
     * contentEnd), {@code end} is just after the closing mark (the paragraph's length when unclosed).
     */
    record Span(int open, int contentStart, int contentEnd, int end, boolean closed) {}

    static List<Span> spans(String p) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            char close = switch (c) {
                case '\u201C' -> '\u201D';
                case '"' -> '"';
                case '\u00AB' -> '\u00BB';
                // A right quote used as an opening one (bad typography) when it starts a word.
                case '\u201D' -> startsWord(p, i) ? '\u201D' : 0;
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int closeAt = p.indexOf(close, i + 1);
            if (close == '\u201D' && closeAt < 0 && c == '\u201C') {
                closeAt = p.indexOf('"', i + 1); // “...": mixed marks
            }
            if (closeAt < 0) {
                spans.add(new Span(i, i + 1, p.length(), p.length(), false));
                break;
            }
            spans.add(new Span(i, i + 1, closeAt, closeAt + 1, true));
            i = closeAt + 1;
        }
        return spans;
    }

    private static boolean startsWord(String p, int i) {
        boolean before = i == 0 || Character.isWhitespace(p.charAt(i - 1));
        boolean after = i + 1 < p.length() && !Character.isWhitespace(p.charAt(i + 1));
        return before && after;
    }

    private static String quoteText(String p, Span span) {
        String text = p.substring(span.contentStart, span.contentEnd).strip();
        // “We will not give up,” Fidan said: the comma belongs to the sentence, not the quote.
        while (!text.isEmpty() && (text.endsWith(",") || text.endsWith("\u060C"))) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    private static String speaker(String p, Span span, int previousEnd) {
        if (span.closed) {
            String tail = p.substring(span.end, tailEnd(p, span.end));
            Matcher m = NP_THEN_VERB.matcher(tail);
            if (m.find()) {
                String np = shortPhrase(m.group(1));
                if (np != null) {
                    return np;
                }
            }
            m = VERB_THEN_NP.matcher(tail);
            if (m.find()) {
                String np = forwardPhrase(m.group(1));
                if (np != null) {
                    return np;
                }
            }
            m = ACCORDING_TO.matcher(tail);
            if (m.find()) {
                String np = forwardPhrase(m.group(1));
                if (np != null) {
                    return np;
                }
            }
        }
        int headStart = Math.max(previousEnd, sentenceStart(p, span.open));
        String head = p.substring(headStart, span.open);
        if (span.closed
                && TURKISH_VERB_AFTER
                        .matcher(p.substring(span.end, tailEnd(p, span.end)))
                        .find()) {
            String np = head.strip();
            while (np.endsWith(",")) {
                np = np.substring(0, np.length() - 1).strip();
            }
            if (plausibleSubject(np)) {
                return np;
            }
        }
        Matcher according = ACCORDING_TO.matcher(head);
        String accordingTo = null;
        while (according.find()) {
            accordingTo = forwardPhrase(according.group(1));
        }
        if (accordingTo != null) {
            return accordingTo;
        }
        Matcher verbs = VERB_IN_HEAD.matcher(head);
        List<Integer> verbStarts = new ArrayList<>();
        while (verbs.find()) {
            verbStarts.add(verbs.start());
        }
        for (int k = verbStarts.size() - 1; k >= 0; k--) {
            String before = head.substring(0, verbStarts.get(k));
            Matcher boundary = PHRASE_BOUNDARY.matcher(before);
            int from = 0;
            while (boundary.find()) {
                from = boundary.end();
            }
            String np = shortPhrase(before.substring(from));
            if (np != null) {
                return np;
            }
        }
        return null;
    }

    /**
     * The subject of the last speech verb in {@code p} before {@code end}, in an earlier sentence of the paragraph
     * ({@code Shaath said the committee ...}), or null; a pronoun does not count.
     */
    private static String lastSubjectBefore(String p, int end) {
        int sentence = sentenceStart(p, end);
        Matcher verbs = VERB_IN_HEAD.matcher(p.substring(0, sentence));
        String found = null;
        while (verbs.find()) {
            String before = p.substring(sentenceStart(p, verbs.start()), verbs.start());
            Matcher boundary = PHRASE_BOUNDARY.matcher(before);
            int from = 0;
            while (boundary.find()) {
                from = boundary.end();
            }
            String np = shortPhrase(before.substring(from));
            if (np != null
                    && !LINKING_PRONOUNS.contains(np.toLowerCase(Locale.ROOT))
                    && !OTHER_PRONOUNS.contains(np.toLowerCase(Locale.ROOT))) {
                found = np;
            }
        }
        return found;
    }

    /** A phrase that ends at a verb: trimmed, cut at its first comma, checked to look like a subject. */
    private static String shortPhrase(String raw) {
        String np = raw.strip();
        String[] parts = np.split(",");
        for (int i = 1; i < parts.length; i++) {
            String[] words = parts[i].strip().split("\\s+");
            if (CLAUSE_AFTER_COMMA.contains(words[0].toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        np = parts.length == 0 ? "" : parts[0].strip();
        np = TRAILING_ADVERB.matcher(np).replaceAll("").strip();
        return plausibleSubject(np) ? np : null;
    }

    /** A phrase read forwards after a verb: up to a stop word such as {@code on} or {@code who}. */
    private static String forwardPhrase(String raw) {
        String[] words = raw.strip().split("\\s+");
        StringBuilder np = new StringBuilder();
        for (String word : words) {
            if (PHRASE_STOPS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (np.length() > 0) {
                np.append(' ');
            }
            np.append(word);
        }
        String result = np.toString().strip();
        return plausibleSubject(result) ? result : null;
    }

    private static boolean plausibleSubject(String np) {
        if (np.isEmpty()) {
            return false;
        }
        String[] words = np.split("\\s+");
        if (words.length > MAX_SPEAKER_WORDS) {
            return false;
        }
        if (NOT_A_SUBJECT.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return Character.isLetter(np.codePointAt(0));
    }

    /** Where the text after a closing quote stops belonging to it: the sentence end or the next quote. */
    private static int tailEnd(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\u201C' || c == '"' || c == '\u00AB') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(p, i)) {
                return i;
            }
        }
        return p.length();
    }

    /** Start of the sentence that holds index {@code at}. */
    static int sentenceStart(String p, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = p.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(p, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A full stop ends a sentence when whitespace follows and the word before it is no abbreviation. */
    private static boolean endsSentence(String p, int dot) {
        if (dot + 1 < p.length()
                && !Character.isWhitespace(p.charAt(dot + 1))
                && p.charAt(dot + 1) != '\u201D'
                && p.charAt(dot + 1) != '"') {
            return false;
        }
        if (p.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(p.charAt(w - 1))) {
            w--;
        }
        String word = p.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial, or U.S.
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
