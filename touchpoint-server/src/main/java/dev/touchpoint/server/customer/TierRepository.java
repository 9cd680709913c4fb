package dev.touchpoint.server.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configurable {@code customer_tier} list. */
@Repository
class TierRepository {

    private final JdbcClient jdbc;

    TierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerTier> findAll() {
        return jdbc.sql("SELECT code, name_en, name_zh, rank FROM customer_tier ORDER BY rank, code")
                .query((rs, n) -> new CustomerTier(
                        rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"), rs.getInt("rank")))
                .list();
    }

    Optional<CustomerTier> find(String code) {
        return findAll().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The tier whose code or English or Chinese name is {@code text} (any case). */
    Optional<CustomerTier> resolve(String text) {
        return findAll().stream()
                .filter(t -> t.code().equalsIgnoreCase(text)
                        || t.nameEn().equalsIgnoreCase(text)
                        || t.nameZh().equals(text))
                .findFirst();
    }

    void insert(CustomerTier tier) {
        jdbc.sql("INSERT INTO customer_tier (code, name_en, name_zh, rank) VALUES (:code, :en, :zh, :rank)")
                .param("code", tier.code())
                .param("en", tier.nameEn())
                .param("zh", tier.nameZh())
                .param("rank", tier.rank())
                .update();
    }

    int update(CustomerTier tier) {
        return jdbc.sql("UPDATE customer_tier SET name_en = :en, name_zh = :zh, rank = :rank WHERE code = :code")
                .param("code", tier.code())
                .param("en", tier.nameEn())
                .param("zh", tier.nameZh())
                .param("rank", tier.rank())
                .update();
    }
}
