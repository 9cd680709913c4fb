/**
 * The value engine as one computation: a customer's purchases ({@link
 * dev.touchpoint.analytics.value.engine.PurchaseHistory}) and what the other records hold of the customer
 * ({@link dev.touchpoint.analytics.value.engine.CustomerContext}) in, RFM, P(alive), CLV, lifecycle,
 * loyalty, tier prompts and early warnings out. {@link dev.touchpoint.analytics.value.engine.ValueModel}
 * is the part fitted once over all customers, {@link dev.touchpoint.analytics.value.engine.ValueScoring}
 * the part computed per customer, so the server (in one process) and a distributed engine (on
 * partitions) run the same code and get the same values.
 */
package dev.touchpoint.analytics.value.engine;
