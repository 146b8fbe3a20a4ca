package jp.policysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese era years and Western years name the same year: a query for 令和6年度 also searches 2024年度, and
 * 2024年度 also searches 令和6年度 (documents use both). Works inside a longer term (令和6年度補正予算).
 */
final class EraYears {

    private static final Pattern ERA = Pattern.compile("(令和|平成)(元|\\d{1,2})(年度|年)");
    private static final Pattern WESTERN = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(年度|年)");
    private static final int REIWA_START = 2019;
    private static final int HEISEI_START = 1989;

    private EraYears() {}

    static List<String> variants(String term) {
        List<String> out = new ArrayList<>();
        Matcher era = ERA.matcher(term);
        if (era.find()) {
            int n = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            int year = (era.group(1).equals("令和") ? REIWA_START : HEISEI_START) + n - 1;
            out.add(term.substring(0, era.start()) + year + era.group(3) + term.substring(era.end()));
            return out;
        }
        Matcher western = WESTERN.matcher(term);
        if (western.find()) {
            int year = Integer.parseInt(western.group(1));
            String name;
            if (year >= REIWA_START) {
                name = "令和" + (year - REIWA_START + 1);
            } else if (year >= HEISEI_START) {
                name = "平成" + (year - HEISEI_START + 1);
            } else {
                return out;
            }
            out.add(term.substring(0, western.start()) + name + western.group(2) + term.substring(western.end()));
        }
        return out;
    }
}
