package dev.touchpoint.server.service;

/**
 * The complaint-handling steps (seed 003: 接待客户 receive, 理解客户 understand, 帮助客户 help, 留住客户
 * retain; handled by the 4R rule — regret, respond, resolve, recover/retain) in order.
 */
public enum ComplaintStep {
    RECEIVED,
    UNDERSTOOD,
    RESOLVING,
    COMPENSATED,
    FOLLOWED_UP;

    /** Whether {@code next} is this step or a later one (steps never go back). */
    public boolean allows(ComplaintStep next) {
        return next.ordinal() >= ordinal();
    }
}
