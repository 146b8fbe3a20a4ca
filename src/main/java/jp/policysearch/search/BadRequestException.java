package jp.policysearch.search;

/** A parameter a person must change; {@code code} is stable snake_case, the message is for the user (Japanese). */
public class BadRequestException extends RuntimeException {

    private final String code;

    public BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
