package dev.touchpoint.server.touchpoint.survey;

/** How many customers a survey invited and how many responses it has. */
public record SurveyStats(long invitations, long responses) {}
