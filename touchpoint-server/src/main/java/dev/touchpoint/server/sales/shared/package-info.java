/**
 * What the sales features share: who may see and change sales records ({@code SalesAccess}),
 * the {@code touchpoint.sales.*} settings, display names, the common model of the sales pages,
 * ETags, and recording sales contacts as touchpoint events.
 */
package dev.touchpoint.server.sales.shared;
