package dev.touchpoint.server.sales.followup;

import java.time.LocalDate;
import java.util.List;

/** A user's day: overdue and due follow-ups, the next few days, and unread reminders. */
public record MyDay(
        LocalDate today, List<Task> overdue, List<Task> dueToday, List<Task> upcoming, List<Reminder> reminders) {}
