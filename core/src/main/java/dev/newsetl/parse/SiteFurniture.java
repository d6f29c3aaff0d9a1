package dev.newsetl.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Lines a site wraps around a story that are not part of it: share and follow prompts, lone network names of a
 * share bar, gallery loaders, reader-video appeals, teasers ending in their button, bare page numbers.
 */
final class SiteFurniture {

    private static final Set<String> SHARE_WORDS = Set.of(
            "facebook",
            "twitter",
            "google",
            "google+",
            "whatsapp",
            "email",
            "e-mail",
            "print",
            "linkedin",
            "pinterest",
            "reddit",
            "instagram",
            "share",
            "tweet",
            "close",
            "loading photo gallery",
            "view full size image",
            "read more",
            "advertisement",
            "paylaş",
            "yazdır");

    private static final int LONGEST_SHARE_WORDS =
            SHARE_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static final String[] PROMO_STARTS = {
        "like us on ",
        "follow us on ",
        "share this:",
        "share this ",
        "please share your videos",
        "please share your photos",
        "click here to ",
        "sign up for ",
        "subscribe to ",
        "to contact the editors responsible for this story",
        "bizi takip edin",
        "abone ol"
    };

    private static final String PROMO_FIRST_LETTERS = firstLetters();

    private SiteFurniture() {}

    private static String firstLetters() {
        StringBuilder b = new StringBuilder();
        for (String start : PROMO_STARTS) {
            if (b.indexOf(start.substring(0, 1)) < 0) {
                b.append(start.charAt(0));
            }
        }
        return b.toString();
    }

    static boolean isFurniture(String line) {
        if (line.isEmpty() || line.length() > 400) {
            return false;
        }
        if (line.length() <= LONGEST_SHARE_WORDS && SHARE_WORDS.contains(line.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (PROMO_FIRST_LETTERS.indexOf(Character.toLowerCase(line.charAt(0))) < 0) {
            return endsInButton(line) || isBareNumber(line); // most lines start with no promo's letter
        }
        for (String start : PROMO_STARTS) {
            if (line.regionMatches(true, 0, start, 0, start.length())) {
                return true;
            }
        }
        return endsInButton(line) || isBareNumber(line);
    }

    /** A teaser cut short with its button ({@code ... during... Read More}), a caption with its close button. */
    private static boolean endsInButton(String line) {
        return line.endsWith("... Read More") || line.endsWith("… Read More") || line.endsWith(". Close");
    }

    /** A page or story id left alone on a line ({@code 4419111}). */
    private static boolean isBareNumber(String line) {
        if (line.length() < 4 || line.length() > 12) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
