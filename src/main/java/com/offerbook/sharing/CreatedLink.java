package com.offerbook.sharing;

/** A new link: its token, shown to the owner this once (only its hash is kept), and how it is listed. */
public record CreatedLink(String token, SharedLink link) {

    /** The path the token opens, without the server's address: {@code s/<token>}. */
    public String path() {
        return SharingService.PATH + "/" + token;
    }
}
