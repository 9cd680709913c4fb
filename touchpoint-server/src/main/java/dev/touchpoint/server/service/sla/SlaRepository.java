package dev.touchpoint.server.service.sla;

import dev.touchpoint.server.service.TicketPriority;
import dev.touchpoint.server.service.TicketStatus;
import dev.touchpoint.server.service.TicketType;
import dev.touchpoint.server.service.ticket.TicketRow;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of calendars and SLA policies. */
@Repository
class SlaRepository {

    private final JdbcClient jdbc;

    SlaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceCalendar> calendars() {
        Map<Long, List<ServiceCalendar.Hours>> hours = new HashMap<>();
        jdbc.sql("SELECT * FROM service_calendar_hours ORDER BY weekday, start_minute")
                .query(rs -> {
                    hours.computeIfAbsent(rs.getLong("calendar_id"), k -> new ArrayList<>())
                            .add(new ServiceCalendar.Hours(
                                    rs.getInt("weekday"), rs.getInt("start_minute"), rs.getInt("end_minute")));
                });
        Map<Long, List<ServiceCalendar.SpecialDay>> days = new HashMap<>();
        jdbc.sql("SELECT * FROM service_calendar_day ORDER BY day").query(rs -> {
            days.computeIfAbsent(rs.getLong("calendar_id"), k -> new ArrayList<>())
                    .add(new ServiceCalendar.SpecialDay(
                            rs.getDate("day").toLocalDate(),
                            ServiceCalendar.Kind.valueOf(rs.getString("kind")),
                            rs.getString("name")));
        });
        return jdbc.sql("SELECT * FROM service_calendar ORDER BY id")
                .query((rs, n) -> new ServiceCalendar(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("zone"),
                        hours.getOrDefault(rs.getLong("id"), List.of()),
                        days.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getInt("version")))
                .list();
    }

    /** Replaces the special days of one calendar year. */
    void replaceYear(long calendarId, int year, List<ServiceCalendar.SpecialDay> days) {
        jdbc.sql("DELETE FROM service_calendar_day WHERE calendar_id = :c AND extract(year FROM day) = :y")
                .param("c", calendarId)
                .param("y", year)
                .update();
        for (var d : days) {
            jdbc.sql("INSERT INTO service_calendar_day (calendar_id, day, kind, name) VALUES (:c, :d, :k, :n)")
                    .param("c", calendarId)
                    .param("d", Date.valueOf(d.day()))
                    .param("k", d.kind().name())
                    .param("n", d.name())
                    .update();
        }
        jdbc.sql("UPDATE service_calendar SET version = version + 1 WHERE id = :c")
                .param("c", calendarId)
                .update();
    }

    List<SlaPolicy> policies() {
        return jdbc.sql("""
                SELECT p.*, c.code AS calendar_code FROM sla_policy p JOIN service_calendar c ON c.id = p.calendar_id
                ORDER BY p.rank, p.id""")
                .query((rs, n) -> new SlaPolicy(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getInt("rank"),
                        TicketRow.enumOf(TicketPriority.class, rs.getString("cond_priority")),
                        TicketRow.enumOf(TicketType.class, rs.getString("cond_type")),
                        (Long) rs.getObject("cond_team_id"),
                        rs.getString("cond_tier"),
                        rs.getString("calendar_code"),
                        rs.getInt("first_response_minutes"),
                        rs.getInt("next_response_minutes"),
                        rs.getInt("resolution_minutes"),
                        rs.getInt("due_soon_percent"),
                        (Integer) rs.getObject("escalation1_percent"),
                        (Integer) rs.getObject("escalation2_percent"),
                        (Integer) rs.getObject("escalation3_percent"),
                        rs.getBoolean("active"),
                        rs.getInt("version"),
                        statuses(rs.getString("pause_statuses"))))
                .list();
    }

    Optional<Long> calendarId(String code) {
        return jdbc.sql("SELECT id FROM service_calendar WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .optional();
    }

    long insertPolicy(SlaPolicy p, long calendarId) {
        return jdbc.sql("""
                INSERT INTO sla_policy (name, rank, cond_priority, cond_type, cond_team_id, cond_tier, calendar_id,
                       first_response_minutes, next_response_minutes, resolution_minutes, due_soon_percent,
                       escalation1_percent, escalation2_percent, escalation3_percent, active, pause_statuses)
                VALUES (:name, :rank, :prio, :type, :team, :tier, :cal, :fr, :nr, :res, :soon, :e1, :e2, :e3, :active,
                        :pause)
                RETURNING id""")
                .params(policyParams(p, calendarId))
                .query(Long.class)
                .single();
    }

    int updatePolicy(long id, int version, SlaPolicy p, long calendarId) {
        return jdbc.sql("""
                UPDATE sla_policy SET name = :name, rank = :rank, cond_priority = :prio, cond_type = :type,
                       cond_team_id = :team, cond_tier = :tier, calendar_id = :cal, first_response_minutes = :fr,
                       next_response_minutes = :nr, resolution_minutes = :res, due_soon_percent = :soon,
                       escalation1_percent = :e1, escalation2_percent = :e2, escalation3_percent = :e3,
                       active = :active, pause_statuses = :pause, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(policyParams(p, calendarId))
                .param("id", id)
                .param("version", version)
                .update();
    }

    private static Map<String, Object> policyParams(SlaPolicy p, long calendarId) {
        var m = new HashMap<String, Object>();
        m.put("name", p.name());
        m.put("rank", p.rank());
        m.put("prio", p.condPriority() == null ? null : p.condPriority().name());
        m.put("type", p.condType() == null ? null : p.condType().name());
        m.put("team", p.condTeamId());
        m.put("tier", p.condTier());
        m.put("cal", calendarId);
        m.put("fr", p.firstResponseMinutes());
        m.put("nr", p.nextResponseMinutes());
        m.put("res", p.resolutionMinutes());
        m.put("soon", p.dueSoonPercent());
        m.put("e1", p.escalation1Percent());
        m.put("e2", p.escalation2Percent());
        m.put("e3", p.escalation3Percent());
        m.put("active", p.active());
        m.put(
                "pause",
                p.pauseStatuses() == null
                        ? null
                        : String.join(
                                ",", p.pauseStatuses().stream().map(Enum::name).toList()));
        return m;
    }

    static List<TicketStatus> statuses(String csv) {
        if (csv == null) {
            return null;
        }
        return java.util.Arrays.stream(csv.split(","))
                .filter(x -> !x.isBlank())
                .map(TicketStatus::valueOf)
                .toList();
    }

    /** Replaces a calendar's working windows if it is still at {@code version}; false when it changed meanwhile. */
    boolean replaceHours(long calendarId, int version, List<ServiceCalendar.Hours> hours) {
        if (jdbc.sql("UPDATE service_calendar SET version = version + 1 WHERE id = :c AND version = :v")
                        .param("c", calendarId)
                        .param("v", version)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM service_calendar_hours WHERE calendar_id = :c")
                .param("c", calendarId)
                .update();
        for (var h : hours) {
            jdbc.sql("""
                    INSERT INTO service_calendar_hours (calendar_id, weekday, start_minute, end_minute)
                    VALUES (:c, :w, :s, :e)""")
                    .param("c", calendarId)
                    .param("w", h.weekday())
                    .param("s", h.startMinute())
                    .param("e", h.endMinute())
                    .update();
        }
        return true;
    }

    static boolean inYear(LocalDate d, int year) {
        return d.getYear() == year;
    }
}
