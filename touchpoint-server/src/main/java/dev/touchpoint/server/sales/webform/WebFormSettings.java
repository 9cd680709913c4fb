package dev.touchpoint.server.sales.webform;

/** What a manager sets on the team's web form: the rep who gets its leads (null: nobody, the team). */
public record WebFormSettings(Long defaultOwnerId) {}
