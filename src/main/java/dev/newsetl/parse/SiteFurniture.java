package dev.newsetl.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Lines a site wraps around a story that are not part of it: share and follow prompts, lone network names of a
 * share bar, gallery loaders, reader-video appeals, teasers ending in their button, bare page numbers.
 */
final class SiteFurniture {

    private static final Set<String> SHARE_WORDS = Set.of("facebook", "twitter", "google", "google+", "whatsapp",
            "email", "e-mail", "print", "linkedin", "pinterest", "reddit", "instagram", "share", "tweet", "close",
            "loading photo gallery", "view full size image", "read more", "advertisement", "paylaş", "yazdır");

    private static final String[] PROMO_STARTS = {"like us on ", "follow us on ", "share this:", "share this ",
            "please share your videos", "please share your photos", "click here to ", "sign up for ",
            "subscribe to ", "to contact the editors responsible for this story", "bizi takip edin", "abone ol"};

    private SiteFurniture() {
    }

    static boolean isFurniture(String line) {
        if (line.isEmpty() || line.length() > 400) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (SHARE_WORDS.contains(lower)) {
            return true;
        }
        for (String start : PROMO_STARTS) {
            if (lower.startsWith(start)) {
                return true;
            }
        }
        // a teaser cut short with its button ("... during... Read More"), a caption with its close button (". Close")
        if (line.endsWith("... Read More") || line.endsWith("… Read More") || line.endsWith(". Close")) {
            return true;
        }
        return isBareNumber(line);
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
