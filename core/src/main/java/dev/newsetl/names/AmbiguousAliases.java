package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a match through an ambiguous alias ({@code ?MIT} in aliases.tsv) counts. It does when the article
 * supports it: the same entity is also named by a spelling that is not ambiguous, another entity of one of its
 * contexts ({@code context=} flag) is named, or the article is in one of its languages ({@code lang=} flag). It
 * never counts where the recognizer read the same words as another type of name. {@code MIT} in an English
 * technology story has none of this and is dropped (the recognizer may then keep it as a name of its own);
 * {@code MİT} in a Turkish story, or beside İbrahim Kalın, stays Türkiye's intelligence service.
 */
public final class AmbiguousAliases {
    private final AliasDictionary dictionary;

    public AmbiguousAliases(AliasDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The matches of each part with the unsupported ambiguous ones removed.
     *
     * @param matches    dictionary matches per part of the article (title, caption, ..., body)
     * @param recognized the recognizer's names per part, same order (empty lists where it did not run)
     * @param language   the article's language, or null
     */
    public List<List<NameMatch>> resolve(
            List<List<NameMatch>> matches, List<List<RecognizedName>> recognized, String language) {
        boolean any = false;
        for (List<NameMatch> part : matches) {
            for (NameMatch m : part) {
                any |= m.ambiguous();
            }
        }
        if (!any) {
            return matches;
        }
        Set<String> firm = new HashSet<>();
        Set<String> firmContexts = new HashSet<>();
        for (List<NameMatch> part : matches) {
            for (NameMatch m : part) {
                if (!m.ambiguous()) {
                    firm.add(m.entity().id());
                    firmContexts.addAll(dictionary.contexts(m.entity().id()));
                }
            }
        }
        List<List<NameMatch>> out = new ArrayList<>(matches.size());
        for (int p = 0; p < matches.size(); p++) {
            List<NameMatch> kept = new ArrayList<>(matches.get(p).size());
            for (NameMatch m : matches.get(p)) {
                if (!m.ambiguous()
                        || (!otherType(m, recognized.get(p)) && supported(m, firm, firmContexts, language))) {
                    kept.add(m);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private boolean supported(NameMatch m, Set<String> firm, Set<String> firmContexts, String language) {
        String id = m.entity().id();
        if (firm.contains(id) || (language != null && dictionary.languages(id).contains(language))) {
            return true;
        }
        for (String context : dictionary.contexts(id)) {
            if (firmContexts.contains(context)) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherType(NameMatch m, List<RecognizedName> recognized) {
        EntityType type = m.entity().type();
        for (RecognizedName r : recognized) {
            if (r.start() < m.end() && m.start() < r.end() && r.type() != type) {
                return true;
            }
        }
        return false;
    }
}
