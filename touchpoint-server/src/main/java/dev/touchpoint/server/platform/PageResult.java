package dev.touchpoint.server.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the records on this page
 * @param total how many records match in all
 * @param page zero-based page number
 * @param size page size
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public PageResult {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
