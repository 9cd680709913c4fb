/**
 * Next best actions: the candidates for one customer from due needs, association and sequential
 * rules, open early warnings and tier prompts, each with an expected value, a reason and its
 * evidence, ranked; and the offline evaluation of the rules' suggestions.
 */
package dev.touchpoint.analytics.crosssell.action;
