package com.offerbook.accounts;

/** A second-factor change refused, with what to tell the person (a wrong code, a wrong password, nothing to turn off). */
public class SecondFactorException extends RuntimeException {

    public SecondFactorException(String message) {
        super(message);
    }
}
