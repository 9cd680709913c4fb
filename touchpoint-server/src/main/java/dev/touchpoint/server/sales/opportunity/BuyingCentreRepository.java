package dev.touchpoint.server.sales.opportunity;

import dev.touchpoint.server.sales.ActivityKind;
import dev.touchpoint.server.sales.Attitude;
import dev.touchpoint.server.sales.BuyingRole;
import dev.touchpoint.server.sales.HandlingMethod;
import dev.touchpoint.server.sales.MemberInput;
import dev.touchpoint.server.sales.NewObjection;
import dev.touchpoint.server.sales.ObjectionType;
import dev.touchpoint.server.sales.PersonalProfile;
import dev.touchpoint.server.sales.Research;
import dev.touchpoint.server.sales.lead.LeadRepository;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Buying-centre members, activities, objections and pre-visit research of opportunities. */
@Repository
public class BuyingCentreRepository {

    private final JdbcClient jdbc;

    BuyingCentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertMember(long opportunityId, MemberInput m) {
        var p = m.profile() == null ? new PersonalProfile(null, null, null, null, null) : m.profile();
        return jdbc.sql("""
                INSERT INTO sales_member (opportunity_id, name, title, phone, role, champion, key_person, attitude,
                    last_contact_at, birthday, hometown, school, interests, family)
                VALUES (:opp, :name, :title, :phone, :role, :champion, :key, coalesce(:attitude, 'UNKNOWN'), :last,
                    :birthday, :hometown, :school, :interests, :family)
                RETURNING id""")
                .param("opp", opportunityId)
                .param("name", m.name().strip())
                .param("title", m.title())
                .param("phone", m.phone())
                .param("role", m.role().name())
                .param("champion", m.champion())
                .param("key", m.keyPerson())
                .param("attitude", m.attitude() == null ? null : m.attitude().name())
                .param("last", LeadRepository.ts(m.lastContactAt()))
                .param("birthday", p.birthday() == null ? null : Date.valueOf(p.birthday()))
                .param("hometown", p.hometown())
                .param("school", p.school())
                .param("interests", p.interests())
                .param("family", p.family())
                .query(Long.class)
                .single();
    }

    int updateMember(long id, int version, MemberInput m) {
        int n = jdbc.sql("""
                UPDATE sales_member SET name = :name, title = :title, phone = :phone, role = :role, champion = :champion,
                    key_person = :key, attitude = coalesce(:attitude, 'UNKNOWN'), last_contact_at = :last,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", m.name().strip())
                .param("title", m.title())
                .param("phone", m.phone())
                .param("role", m.role().name())
                .param("champion", m.champion())
                .param("key", m.keyPerson())
                .param("attitude", m.attitude() == null ? null : m.attitude().name())
                .param("last", LeadRepository.ts(m.lastContactAt()))
                .param("id", id)
                .param("version", version)
                .update();
        if (n > 0 && m.profile() != null) {
            var p = m.profile();
            jdbc.sql("""
                    UPDATE sales_member SET birthday = :birthday, hometown = :hometown, school = :school,
                        interests = :interests, family = :family WHERE id = :id""")
                    .param("birthday", p.birthday() == null ? null : Date.valueOf(p.birthday()))
                    .param("hometown", p.hometown())
                    .param("school", p.school())
                    .param("interests", p.interests())
                    .param("family", p.family())
                    .param("id", id)
                    .update();
        }
        return n;
    }

    void deleteMember(long id) {
        jdbc.sql("UPDATE sales_activity SET member_id = NULL WHERE member_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM sales_member WHERE id = :id").param("id", id).update();
    }

    void touchMember(long memberId, Instant at) {
        jdbc.sql("UPDATE sales_member SET last_contact_at = greatest(last_contact_at, :at) WHERE id = :id")
                .param("at", Timestamp.from(at))
                .param("id", memberId)
                .update();
    }

    Optional<Member> findMember(long id, boolean withProfile) {
        return jdbc.sql("SELECT * FROM sales_member WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> member(rs, withProfile))
                .optional();
    }

    List<Member> members(long opportunityId, boolean withProfile) {
        return jdbc.sql("SELECT * FROM sales_member WHERE opportunity_id = :id ORDER BY role, id")
                .param("id", opportunityId)
                .query((rs, n) -> member(rs, withProfile))
                .list();
    }

    public long insertActivity(long opportunityId, long customerId, NewActivity a, Instant at, String actor) {
        return jdbc.sql("""
                INSERT INTO sales_activity (opportunity_id, customer_id, kind, member_id, summary, at, actor)
                VALUES (:opp, :customer, :kind, :member, :summary, :at, :actor) RETURNING id""")
                .param("opp", opportunityId)
                .param("customer", customerId)
                .param("kind", a.kind().name())
                .param("member", a.memberId())
                .param("summary", a.summary().strip())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    List<Activity> activities(long opportunityId) {
        return jdbc.sql("SELECT * FROM sales_activity WHERE opportunity_id = :id ORDER BY at DESC, id DESC")
                .param("id", opportunityId)
                .query(BuyingCentreRepository::activity)
                .list();
    }

    public List<Activity> activitiesForCustomer(long customerId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM sales_activity WHERE customer_id = :c
                  AND (CAST(:before AS timestamptz) IS NULL OR at < :before) ORDER BY at DESC LIMIT :limit""")
                .param("c", customerId)
                .param("before", LeadRepository.ts(before))
                .param("limit", limit)
                .query(BuyingCentreRepository::activity)
                .list();
    }

    public long insertObjection(long opportunityId, long customerId, NewObjection o, Instant at, String actor) {
        return jdbc.sql("""
                INSERT INTO sales_objection (opportunity_id, customer_id, type, statement, method, handling, resolved,
                    at, resolved_at, actor)
                VALUES (:opp, :customer, :type, :statement, :method, :handling, :resolved, :at,
                    CASE WHEN :resolved THEN CAST(:at AS timestamptz) END, :actor) RETURNING id""")
                .param("opp", opportunityId)
                .param("customer", customerId)
                .param("type", o.type().name())
                .param("statement", o.statement().strip())
                .param("method", o.method() == null ? null : o.method().name())
                .param("handling", o.handling())
                .param("resolved", o.resolved())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    int updateObjection(long id, int version, ObjectionUpdate u, Instant at) {
        return jdbc.sql("""
                UPDATE sales_objection SET method = :method, handling = :handling, resolved = :resolved,
                    resolved_at = CASE WHEN :resolved THEN coalesce(resolved_at, :at) END, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("method", u.method() == null ? null : u.method().name())
                .param("handling", u.handling())
                .param("resolved", u.resolved())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("version", version)
                .update();
    }

    Optional<Objection> findObjection(long id) {
        return jdbc.sql("SELECT * FROM sales_objection WHERE id = :id")
                .param("id", id)
                .query(BuyingCentreRepository::objection)
                .optional();
    }

    List<Objection> objections(long opportunityId) {
        return jdbc.sql("SELECT * FROM sales_objection WHERE opportunity_id = :id ORDER BY resolved, at DESC, id DESC")
                .param("id", opportunityId)
                .query(BuyingCentreRepository::objection)
                .list();
    }

    public List<Objection> objectionsForCustomer(long customerId, Instant before, int limit) {
        return jdbc.sql("""
                SELECT * FROM sales_objection WHERE customer_id = :c
                  AND (CAST(:before AS timestamptz) IS NULL OR at < :before) ORDER BY at DESC LIMIT :limit""")
                .param("c", customerId)
                .param("before", LeadRepository.ts(before))
                .param("limit", limit)
                .query(BuyingCentreRepository::objection)
                .list();
    }

    Research research(long opportunityId) {
        return jdbc.sql("SELECT * FROM sales_research WHERE opportunity_id = :id")
                .param("id", opportunityId)
                .query((rs, n) -> new Research(
                        rs.getString("background"),
                        rs.getString("competitors"),
                        rs.getString("project_plan"),
                        rs.getString("decision_makers"),
                        rs.getString("timeline"),
                        rs.getString("budget"),
                        rs.getString("procurement"),
                        rs.getInt("version")))
                .optional()
                .orElse(Research.empty());
    }

    public int saveResearch(long opportunityId, Research r, int version, Instant at) {
        if (version == 0) {
            int inserted =
                    jdbc.sql("""
                    INSERT INTO sales_research (opportunity_id, background, competitors, project_plan, decision_makers,
                        timeline, budget, procurement, updated_at, version)
                    VALUES (:id, :background, :competitors, :plan, :dm, :timeline, :budget, :procurement, :at, 1)
                    ON CONFLICT (opportunity_id) DO NOTHING""").params(researchParams(opportunityId, r, at)).update();
            if (inserted > 0) {
                return inserted;
            }
        }
        return jdbc.sql("""
                UPDATE sales_research SET background = :background, competitors = :competitors, project_plan = :plan,
                    decision_makers = :dm, timeline = :timeline, budget = :budget, procurement = :procurement,
                    updated_at = :at, version = version + 1
                WHERE opportunity_id = :id AND version = :version""")
                .params(researchParams(opportunityId, r, at))
                .param("version", version)
                .update();
    }

    public void mergeCustomer(long survivorId, long mergedId) {
        for (var table : List.of("sales_activity", "sales_objection")) {
            jdbc.sql("UPDATE " + table + " SET customer_id = :s WHERE customer_id = :m")
                    .param("s", survivorId)
                    .param("m", mergedId)
                    .update();
        }
    }

    private static java.util.Map<String, Object> researchParams(long id, Research r, Instant at) {
        var map = new java.util.HashMap<String, Object>();
        map.put("id", id);
        map.put("background", r.background());
        map.put("competitors", r.competitors());
        map.put("plan", r.projectPlan());
        map.put("dm", r.decisionMakers());
        map.put("timeline", r.timeline());
        map.put("budget", r.budget());
        map.put("procurement", r.procurement());
        map.put("at", Timestamp.from(at));
        return map;
    }

    private static Member member(ResultSet rs, boolean withProfile) throws SQLException {
        PersonalProfile profile = null;
        if (withProfile) {
            var birthday = rs.getDate("birthday");
            profile = new PersonalProfile(
                    birthday == null ? null : birthday.toLocalDate(),
                    rs.getString("hometown"),
                    rs.getString("school"),
                    rs.getString("interests"),
                    rs.getString("family"));
        }
        return new Member(
                rs.getLong("id"),
                rs.getLong("opportunity_id"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getString("phone"),
                BuyingRole.valueOf(rs.getString("role")),
                rs.getBoolean("champion"),
                rs.getBoolean("key_person"),
                Attitude.valueOf(rs.getString("attitude")),
                LeadRepository.instant(rs, "last_contact_at"),
                profile,
                rs.getInt("version"));
    }

    private static Activity activity(ResultSet rs, int row) throws SQLException {
        return new Activity(
                rs.getLong("id"),
                rs.getLong("opportunity_id"),
                ActivityKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("member_id"),
                rs.getString("summary"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"));
    }

    private static Objection objection(ResultSet rs, int row) throws SQLException {
        var method = rs.getString("method");
        return new Objection(
                rs.getLong("id"),
                rs.getLong("opportunity_id"),
                ObjectionType.valueOf(rs.getString("type")),
                rs.getString("statement"),
                method == null ? null : HandlingMethod.valueOf(method),
                rs.getString("handling"),
                rs.getBoolean("resolved"),
                rs.getTimestamp("at").toInstant(),
                LeadRepository.instant(rs, "resolved_at"),
                rs.getString("actor"),
                rs.getInt("version"));
    }
}
