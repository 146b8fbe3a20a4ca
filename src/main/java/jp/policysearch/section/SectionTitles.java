package jp.policysearch.section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section titles a reader can cite: tells chart and table debris from headings, builds a title from a slide's first
 * sentence where it has no heading, and makes titles that repeat within a document distinct by their parent heading.
 */
final class SectionTitles {

    // 【参考】, （参考）, （再掲） before a title (002:148 `【参考】CES2023で示された未来社会像`)
    private static final Pattern PREFIX = Pattern.compile("^(?:[【（(][^】）)]{1,8}[】）)]\\s*)+");
    // digits, years, units and separators of a chart axis or a table's number row (002:7109 `～2025 ～2030 2030年代`)
    private static final Pattern NUMERIC = Pattern.compile("[0-9年月日度%％～~\\-–—/.,:：万億兆円$ドル倍件人社台兆()（）・、 ]");
    private static final Pattern KATAKANA_WORD = Pattern.compile("[\\p{IsKatakana}ー・]+");
    private static final Pattern PARTICLE = Pattern.compile("[のをにはがでとへやも]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。]");
    private static final String BULLETS = "⚫•➢✓◆■□○●◎・※⇒➡▶▪★☆－-◇▼▲\uF070";
    // a country or region alone is a chart label (002:3652 `アルゼンチン` on the battery-minerals map)
    private static final Set<String> PLACES = Set.of(
            "日本", "米国", "中国", "欧州", "英国", "独", "仏", "韓国", "台湾", "豪州", "インド", "ドイツ", "フランス", "イタリア", "カナダ", "チリ",
            "アルゼンチン", "ロシア", "世界", "その他");
    private static final int MAX_BUILT = 36;

    private SectionTitles() {}

    /**
     * True when a candidate title line is chart or table debris, not a heading: mostly digits, years and units;
     * a row of short labels (002:9344 `北海道・東北 関東 中部 近畿 …`); a lone katakana word such as a company or
     * axis label (002:795 `インフィニオン`, 002:10879 `フィジカル`); or a place name alone.
     */
    static boolean isDebris(String title) {
        String s = core(title);
        String compact = s.replace(" ", "");
        if (compact.isEmpty()) {
            return true;
        }
        long numeric = compact.codePoints()
                .filter(c -> NUMERIC.matcher(Character.toString(c)).matches())
                .count();
        if (numeric * 2 >= compact.length()) {
            return true;
        }
        String[] tokens = s.split(" +");
        // a row of labels has no particles, or only words as short as `その他` (002:3656 `中国 チリ その他`)
        if (tokens.length >= 3
                && maxLength(tokens) <= 10
                && (!PARTICLE.matcher(s).find() || maxLength(tokens) <= 4)) {
            return true;
        }
        if (KATAKANA_WORD.matcher(compact).matches()) {
            return true;
        }
        return PLACES.contains(compact);
    }

    /**
     * True when a heading names only a place or a single katakana word once its number is dropped (004:489
     * `1) 日本`): it needs its parent heading to be citable.
     */
    static boolean isBareName(String heading) {
        String s = core(heading).replaceFirst("^(?:[(（]?[0-9０-９ア-ン]{1,2}[)）.]|[ivx]+\\)?|[①-⑳])\\s*", "");
        return PLACES.contains(s)
                || (s.length() <= 8 && KATAKANA_WORD.matcher(s).matches());
    }

    /** A title for a slide without a heading: its first sentence (bullet dropped, cut short) and its page. */
    static String fromFirstSentence(String firstParagraph, String pageLabel) {
        String s = firstParagraph.strip();
        while (!s.isEmpty() && BULLETS.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        var end = SENTENCE_END.matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        int newline = s.indexOf('\n');
        if (newline > 0) {
            s = s.substring(0, newline);
        }
        if (s.length() > MAX_BUILT) {
            int comma = s.lastIndexOf('、', MAX_BUILT);
            s = (comma >= 12 ? s.substring(0, comma) : s.substring(0, MAX_BUILT)) + "…";
        }
        return s + "（" + pageName(pageLabel) + "）";
    }

    /** `p024` → `p.24`, `p013-3` → `p.13`: the printed page a reader can find. */
    static String pageName(String label) {
        String digits = label.replaceFirst("^p0*", "").replaceFirst("-\\d+$", "");
        return "p." + (digits.isEmpty() ? "0" : digits);
    }

    /**
     * Titles made distinct within one document: a title used by several sections gets its parent heading (the last
     * breadcrumb part that differs among them) in brackets, and the page label where even that repeats.
     *
     * @param titles  section id → title, in document order
     * @param parents section id → the breadcrumb parts above the title, outermost first
     * @param pages   section id → a short label that is unique in the document (page, heading number)
     */
    static Map<String, String> distinct(
            Map<String, String> titles, Map<String, List<String>> parents, Map<String, String> pages) {
        Map<String, List<String>> byTitle = new LinkedHashMap<>();
        titles.forEach(
                (id, t) -> byTitle.computeIfAbsent(t, k -> new ArrayList<>()).add(id));
        Map<String, String> out = new LinkedHashMap<>(titles);
        for (var e : byTitle.entrySet()) {
            List<String> ids = e.getValue();
            if (ids.size() < 2) {
                continue;
            }
            List<List<String>> all = ids.stream().map(parents::get).toList();
            Map<String, List<String>> own = new HashMap<>();
            int depth = 0;
            for (String id : ids) {
                own.put(id, distinguishingParents(parents.get(id), all));
                depth = Math.max(depth, own.get(id).size());
            }
            Map<String, String> named = new HashMap<>();
            for (int k = 1; k <= depth + 1 && named.size() < ids.size(); k++) {
                Map<String, String> atK = new HashMap<>();
                Map<String, Long> counts = new HashMap<>();
                for (String id : ids) {
                    List<String> p = own.get(id);
                    List<String> up = parents.get(id) == null ? List.of() : parents.get(id);
                    // a section whose parents all others share is told apart by its own nearest parent
                    String label;
                    if (!p.isEmpty()) {
                        label = k > p.size() ? null : String.join(" › ", p.subList(p.size() - k, p.size()));
                    } else {
                        label = k == 1 && !up.isEmpty() ? up.getLast() : null;
                    }
                    String v = k > depth
                            ? e.getKey() + "（" + pages.get(id) + "）"
                            : label == null ? null : e.getKey() + "（" + label + "）";
                    atK.put(id, v);
                    if (v != null) {
                        counts.merge(v, 1L, Long::sum);
                    }
                }
                for (String id : ids) {
                    String v = atK.get(id);
                    if (!named.containsKey(id) && v != null && counts.get(v) == 1) {
                        named.put(id, v);
                    }
                }
            }
            ids.forEach(id -> out.put(id, named.getOrDefault(id, e.getKey() + "（" + pages.get(id) + "）")));
        }
        return out;
    }

    // the parent headings not shared by every section of the group, outermost first
    private static List<String> distinguishingParents(List<String> own, List<List<String>> all) {
        if (own == null) {
            return List.of();
        }
        return own.stream()
                .filter(part -> !all.stream().allMatch(p -> p != null && p.contains(part)))
                .toList();
    }

    private static String core(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).strip();
        return PREFIX.matcher(s).replaceFirst("").strip();
    }

    private static int maxLength(String[] tokens) {
        int max = 0;
        for (String t : tokens) {
            max = Math.max(max, t.length());
        }
        return max;
    }
}
