package dev.touchpoint.server.platform;

/**
 * A validated page request: page is zero-based, size between 1 and {@link #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw InvalidInputException.of("page", "min", "page must be 0 or greater");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "range", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
