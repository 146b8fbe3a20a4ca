package jp.policysearch.section;

/**
 * The longest run of plain characters that every match of a keyword regex contains, read from the regex's source
 * (for {@link AreaRules}: a text without it cannot match). Only the forms the keyword rules use are understood:
 * plain characters, lookarounds, character classes and the quantifiers {@code ? * + {..}}; for anything else (a
 * group, an alternative, an escape, {@code .}) there is no literal, and the regex is always run.
 */
final class RequiredLiteral {

    private RequiredLiteral() {}

    /** The literal, or null when none is known. */
    static String of(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(') {
                if (!regex.startsWith("(?<!", i)
                        && !regex.startsWith("(?<=", i)
                        && !regex.startsWith("(?!", i)
                        && !regex.startsWith("(?=", i)) {
                    return null; // a group may be optional or hold an alternative
                }
                int end = closing(regex, i);
                if (end < 0) {
                    return null;
                }
                best = longer(best, run); // zero-width, but kept apart to stay simple
                run.setLength(0);
                i = end + 1;
            } else if (c == '[') {
                int end = regex.indexOf(']', i + 1);
                if (end < 0
                        || regex.charAt(i + 1) == ']'
                        || regex.substring(i, end).contains("\\")) {
                    return null;
                }
                best = longer(best, run);
                run.setLength(0);
                i = end + 1;
            } else if (c == '?' || c == '*' || c == '{') {
                if (!run.isEmpty()) { // the character before is optional
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                if (c == '{') {
                    int end = regex.indexOf('}', i);
                    if (end < 0) {
                        return null;
                    }
                    i = end;
                }
                i++;
            } else if (c == '+') {
                best = longer(best, run); // the character before is there at least once
                run.setLength(0);
                i++;
            } else if (c == '\\' || c == '|' || c == '.' || c == ')' || c == ']' || c == '}') {
                return null;
            } else if (c == '^' || c == '$') {
                best = longer(best, run);
                run.setLength(0);
                i++;
            } else if (Character.isSurrogate(c)) {
                return null; // a quantifier after it would apply to both halves
            } else {
                run.append(c);
                i++;
            }
        }
        best = longer(best, run);
        return best.isEmpty() ? null : best;
    }

    /** The position of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                return -1;
            }
            if (c == '[') { // a class, e.g. `(?<![A-Za-z])`
                i = regex.indexOf(']', i + 2);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
