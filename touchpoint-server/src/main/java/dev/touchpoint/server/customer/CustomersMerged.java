package dev.touchpoint.server.customer;

/**
 * Published when customer {@code mergedId} was merged into {@code survivorId}, inside the merge's
 * transaction. Every module that stores rows per customer listens with a synchronous
 * {@code @EventListener} (not {@code @ApplicationModuleListener}, which would run after commit) and
 * re-points its rows from {@code mergedId} to {@code survivorId}; an exception in a listener rolls the
 * whole merge back, so a merge either moves everything or nothing.
 *
 * <pre>{@code
 * @EventListener
 * void on(CustomersMerged e) {
 *     jdbc.sql("UPDATE orders SET customer_id = :s WHERE customer_id = :m")
 *         .param("s", e.survivorId()).param("m", e.mergedId()).update();
 * }
 * }</pre>
 */
public record CustomersMerged(long survivorId, long mergedId) {}
