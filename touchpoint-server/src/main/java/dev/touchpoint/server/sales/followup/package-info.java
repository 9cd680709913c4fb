/**
 * Follow-ups (跟进): cadences per intent class and team generate tasks with a channel and a
 * topic; "My day" (today, overdue, coming, reminders) and logging a follow-up's outcome, which
 * plans the next. Templates in {@code templates/sales/followup} and {@code
 * templates/partials/sales/followup}.
 */
package dev.touchpoint.server.sales.followup;
