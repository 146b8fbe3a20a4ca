package jp.policysearch.compare;

/**
 * One unit of a token diff: a Japanese character, a Latin word, or a number kept whole with its scale and unit
 * (「4.8兆円」「1万台」「25%」「2030年度」).
 *
 * @param text   as printed
 * @param key    what two tokens are compared by: width-folded (NFKC), digit grouping commas dropped
 * @param figure true for a number with a unit ({@link #unit()} is then not empty)
 */
public record Token(String text, String key, boolean figure) {

    /** A figure's unit with its scale, e.g. 兆円 for 約72兆円's token 72兆円; empty for other tokens. */
    public String unit() {
        if (!figure) {
            return "";
        }
        int i = 0;
        while (i < key.length() && (Character.isDigit(key.charAt(i)) || ".○〇".indexOf(key.charAt(i)) >= 0)) {
            i++;
        }
        return key.substring(i);
    }
}
