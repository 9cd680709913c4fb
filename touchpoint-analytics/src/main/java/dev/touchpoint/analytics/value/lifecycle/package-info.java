/**
 * Customer lifecycle (客户生命周期, DOMAIN §6): the purchase stage (first purchase, repeat, long-term,
 * churning) and the relationship phase (acquisition, growth, maturity, decline, exit) of a customer
 * from tenure, the trend of the purchase rate and the probability of being alive.
 */
package dev.touchpoint.analytics.value.lifecycle;
