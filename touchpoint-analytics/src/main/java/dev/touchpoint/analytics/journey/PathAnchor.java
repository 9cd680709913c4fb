package dev.touchpoint.analytics.journey;

/**
 * Where the paths of a {@link PathQuery} are anchored: starting at a node or ending at one. The
 * anchor is compared with the node key of the query (touchpoint code or zone).
 */
public sealed interface PathAnchor permits PathAnchor.StartingAt, PathAnchor.EndingAt {

    /** Returns the anchor node name. */
    String node();

    /** Paths from the first occurrence of {@code node} onwards. */
    static PathAnchor startingAt(String node) {
        return new StartingAt(node);
    }

    /** Paths leading up to the first occurrence of {@code node}. */
    static PathAnchor endingAt(String node) {
        return new EndingAt(node);
    }

    /**
     * Paths starting at the subject's first occurrence of a node.
     *
     * @param node the node name, not blank
     */
    record StartingAt(String node) implements PathAnchor {
        /** Validates. */
        public StartingAt {
            if (node == null || node.isBlank()) {
                throw new IllegalArgumentException("anchor node must not be blank");
            }
        }
    }

    /**
     * Paths ending at the subject's first occurrence of a node.
     *
     * @param node the node name, not blank
     */
    record EndingAt(String node) implements PathAnchor {
        /** Validates. */
        public EndingAt {
            if (node == null || node.isBlank()) {
                throw new IllegalArgumentException("anchor node must not be blank");
            }
        }
    }
}
