package jp.policysearch.search;

import com.fasterxml.jackson.annotation.JsonValue;

/** Result order. */
public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST;

    @JsonValue
    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Sort fromParam(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        for (Sort s : values()) {
            if (s.param().equals(value)) {
                return s;
            }
        }
        throw new BadRequestException("invalid_sort", "並び順（sort）は relevance、newest、oldest のいずれかを指定してください。");
    }
}
