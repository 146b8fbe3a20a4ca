package jp.policysearch.search;

import jp.policysearch.ErrorCode;

/** A parameter a person must change: its {@link ErrorCode} and the message for the user (Japanese). */
public class BadRequestException extends RuntimeException {

    private final ErrorCode code;

    public BadRequestException(ErrorCode code) {
        this(code, code.message());
    }

    public BadRequestException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
