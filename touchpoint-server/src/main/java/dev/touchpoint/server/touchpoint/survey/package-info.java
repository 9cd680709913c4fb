/**
 * Surveys: definitions attached to touchpoints or stages, invitations with single-use public
 * links (consent and frequency cap), the phone-sized public page, staff entry of paper or phone
 * answers; every answer becomes a touchpoint event. Templates in {@code
 * templates/touchpoint/survey} and {@code templates/partials/touchpoint/survey}.
 */
package dev.touchpoint.server.touchpoint.survey;
