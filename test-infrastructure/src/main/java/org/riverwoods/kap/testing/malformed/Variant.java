package org.riverwoods.kap.testing.malformed;

/** One malformed request: where it goes, what it sends, and the kind of mistake it makes. */
record Variant(String kind, String uri, String body, String contentType) {
}
