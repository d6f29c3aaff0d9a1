package dev.newsetl.names.ner;

import dev.newsetl.article.CalendarWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words the English model tags as names on their own that never are in news text: units and computer parts
 * ({@code GB}, {@code GHz}, {@code RAM}, {@code USB}), time zones and clock words ({@code PDT}, {@code GMT},
 * {@code AM}), abbreviated months and weekdays ({@code Jun}, {@code Tues}). Only a one-word name is dropped: in a longer
 * one the word belongs to it. Whole month names that are also given names ({@code May}, {@code June}) are kept.
 */
final class EnglishNonNames {
    private static final Set<String> WORDS = withCalendar(Set.of(
            "gb", "mb", "kb", "tb", "ghz", "mhz", "khz", "mph", "kph", "kg", "km", "cm", "mm", "ram", "cpu", "gpu",
            "usb", "hdmi", "lcd", "ssd", "hdd", "wifi", "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "mst",
            "mdt", "pst", "pdt", "bst", "cet", "cest"));

    private EnglishNonNames() {}

    /** The words plus months and weekdays, less the months that are given names and {@code Sun}. */
    private static Set<String> withCalendar(Set<String> words) {
        Set<String> all = new HashSet<>(words);
        all.addAll(CalendarWords.MONTHS);
        all.removeAll(CalendarWords.MONTHS_THAT_ARE_NAMES);
        all.addAll(CalendarWords.WEEKDAYS);
        all.addAll(CalendarWords.WEEKDAY_ABBREVIATIONS);
        all.remove("sun");
        return Set.copyOf(all);
    }

    static List<TaggedSpan> drop(DocumentFeatures f, List<TaggedSpan> spans) {
        List<TaggedSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TaggedSpan s = spans.get(k);
            boolean drop = s.first() == s.last() && WORDS.contains(f.folded[s.first()]);
            if (drop && out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            } else if (!drop && out != null) {
                out.add(s);
            }
        }
        return out == null ? spans : out;
    }
}
