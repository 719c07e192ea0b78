package org.riverwoods.kap.testing.malformed;

/**
 * One malformed request: where it goes, what it sends, the kind of mistake it makes, and whether no
 * reading of the contract could accept it ({@code mustRefuse}); a missing optional field may be legal.
 */
record Variant(String kind, String uri, String body, String contentType, boolean mustRefuse) {

    static Variant refused(String kind, String uri, String body, String contentType) {
        return new Variant(kind, uri, body, contentType, true);
    }

    static Variant perhapsLegal(String kind, String uri, String body, String contentType) {
        return new Variant(kind, uri, body, contentType, false);
    }
}
