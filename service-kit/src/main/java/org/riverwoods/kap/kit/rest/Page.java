package org.riverwoods.kap.kit.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list: items plus what a client needs to fetch the next page. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
