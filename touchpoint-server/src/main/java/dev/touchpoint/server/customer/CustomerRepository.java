package dev.touchpoint.server.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class CustomerRepository {

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CustomerRef> findRef(long id) {
        return jdbc.sql("SELECT id, kind, name, phone, email, tier, owner_id, team_id FROM customer WHERE id = :id")
                .param("id", id).query(CustomerRepository::mapRef).optional();
    }

    @Transactional
    List<Long> insertAll(List<NewCustomer> batch) {
        var ids = new ArrayList<Long>(batch.size());
        for (var c : batch) {
            ids.add(jdbc.sql("""
                    INSERT INTO customer (kind, name, phone, email, tier, source, owner_id, team_id, tags, gender,
                                          birthday, city, address, industry, notes, created_at, updated_at)
                    VALUES (:kind, :name, :phone, :email, coalesce(:tier, 'NORMAL'), :source, :owner, :team,
                            :tags, :gender, :birthday, :city, :address, :industry, :notes,
                            coalesce(:createdAt, now()), coalesce(:createdAt, now()))
                    RETURNING id""")
                    .param("kind", c.kind().name()).param("name", c.name()).param("phone", c.phone())
                    .param("email", c.email()).param("tier", c.tier()).param("source", c.source())
                    .param("owner", c.ownerId()).param("team", c.teamId())
                    .param("tags", c.tags().toArray(String[]::new)).param("gender", c.gender())
                    .param("birthday", c.birthday()).param("city", c.city()).param("address", c.address())
                    .param("industry", c.industry()).param("notes", c.notes())
                    .param("createdAt", c.createdAt() == null ? null : Timestamp.from(c.createdAt()))
                    .query(Long.class).single());
        }
        return ids;
    }

    static CustomerRef mapRef(ResultSet rs, int row) throws SQLException {
        return new CustomerRef(rs.getLong("id"), CustomerKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("tier"),
                (Long) rs.getObject("owner_id"), (Long) rs.getObject("team_id"));
    }
}
