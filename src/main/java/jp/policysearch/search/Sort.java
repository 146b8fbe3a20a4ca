package jp.policysearch.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import jp.policysearch.ErrorCode;

/** Result order. */
public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST;

    @JsonValue
    public String param() {
        return name().toLowerCase(Locale.ROOT);
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
        throw new BadRequestException(ErrorCode.INVALID_SORT);
    }
}
