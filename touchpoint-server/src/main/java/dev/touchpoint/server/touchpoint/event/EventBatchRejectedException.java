package dev.touchpoint.server.touchpoint.event;

import java.util.List;

/** A batch with invalid events: nothing of it was stored. */
class EventBatchRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<EventProblem> problems;
    private final boolean forbidden;

    EventBatchRejectedException(List<EventProblem> problems, boolean forbidden) {
        super(problems.size() + " invalid event(s); nothing was stored");
        this.problems = List.copyOf(problems);
        this.forbidden = forbidden;
    }

    List<EventProblem> problems() {
        return problems;
    }

    /** True when the events are valid but name customers outside the caller's scope (403). */
    boolean forbidden() {
        return forbidden;
    }
}
