package com.offerbook.accounts;

import java.util.Objects;

/**
 * Sign-up or a password change was refused; {@link #field()} says which input is at fault so a form can show
 * it next to it.
 */
public class SignupException extends RuntimeException {

    /** The input a refusal belongs to. */
    public enum Field {
        USERNAME,
        CURRENT_PASSWORD,
        PASSWORD,
        PASSWORD_CONFIRMATION,
        NONE
    }

    private final Field field;

    public SignupException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }

    /** The refusal in words for a person; never null, since every constructor gives one. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "every constructor gives a message");
    }
}
