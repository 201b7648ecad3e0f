package com.offerbook.base;

/**
 * The thing asked for does not exist for the signed-in user. Another user's data answers exactly like data
 * that does not exist, so an id can never be used to learn whether something exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
