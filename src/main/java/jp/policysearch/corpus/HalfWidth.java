package jp.policysearch.corpus;

/** Full-width digits, Latin letters, period and slash as ASCII, one character for one (offsets are kept). */
public final class HalfWidth {

    private HalfWidth() {}

    public static String of(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean wide = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '．' || c == '／';
            b.append(wide ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }
}
