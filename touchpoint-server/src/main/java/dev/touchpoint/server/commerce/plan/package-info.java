/**
 * Sales plans (planned revenue per month), sales expenses and expense budgets of a customer,
 * which the value engine compares with what happened.
 */
package dev.touchpoint.server.commerce.plan;
