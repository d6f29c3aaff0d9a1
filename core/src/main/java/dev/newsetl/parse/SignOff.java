package dev.newsetl.parse;

import java.util.Set;

/**
 * The agency sign-off that ends a wire story: {@code  Reuter} on the last line, {@code (AA)}, {@code / AFP} after
 * the last sentence.
 *
 * @param rest   the paragraph without the sign-off, possibly empty
 * @param agency the agency as it is usually spelled ({@code Reuter} is Reuters' own old sign-off)
 * @param words  the sign-off as written
 */
record SignOff(String rest, String agency, String words) {

    private static final Set<String> AGENCIES = Set.of(
            "Reuter", "Reuters", "AFP", "AA", "AP", "DHA", "İHA", "IHA", "ANKA", "dpa", "EFE", "ANSA", "UPI", "Xinhua",
            "TASS");

    /** The sign-off at the end of the story's last paragraph, or null. */
    static SignOff of(String paragraph) {
        String p = paragraph;
        boolean bracketed = p.endsWith(")");
        int end = bracketed ? p.length() - 1 : p.length();
        int start = end;
        while (start > 0 && p.charAt(start - 1) != ' ' && p.charAt(start - 1) != '(' && p.charAt(start - 1) != '/') {
            start--;
        }
        String word = p.substring(start, end);
        String agency = agency(word);
        if (agency == null) {
            return null;
        }
        int cut = start;
        if (bracketed) {
            if (cut == 0 || p.charAt(cut - 1) != '(') {
                return null;
            }
            cut--;
        } else {
            int before = cut;
            while (before > 0 && p.charAt(before - 1) == ' ') {
                before--;
            }
            if (before > 0 && p.charAt(before - 1) == '/') {
                cut = before - 1;
            } else if (before > 0) {
                // a bare agency word after a sentence is a sign-off only when it is the wire's own ("Reuter")
                if (!word.equalsIgnoreCase("reuter") || !Casing.endsSentence(p.substring(0, before))) {
                    return null;
                }
            }
        }
        String rest = p.substring(0, cut).strip();
        return new SignOff(rest, agency, p.substring(cut).strip());
    }

    private static String agency(String word) {
        if (word.equalsIgnoreCase("reuter") || word.equals("REUTERS")) {
            return "Reuters";
        }
        return AGENCIES.contains(word) ? word : null;
    }
}
