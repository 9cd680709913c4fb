package dev.touchpoint.server.commerce.product;

import dev.touchpoint.server.commerce.ProductKind;
import dev.touchpoint.server.platform.PageRequest;
import dev.touchpoint.server.platform.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the catalogue: categories and products. */
@Repository
public class CatalogRepository {

    private static final String SELECT_PRODUCT = """
            SELECT p.*, c.code AS category_code, c.name_en AS category_name_en, c.name_zh AS category_name_zh
            FROM product p LEFT JOIN product_category c ON c.id = p.category_id
            """;

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProductCategory> categories() {
        return jdbc.sql("SELECT * FROM product_category ORDER BY sort_order, code")
                .query((rs, n) -> new ProductCategory(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name_en"),
                        rs.getString("name_zh"),
                        (Long) rs.getObject("parent_id"),
                        rs.getInt("sort_order")))
                .list();
    }

    boolean categoryCodeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM product_category WHERE lower(code) = lower(:code)")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertCategory(String code, String nameEn, String nameZh, Long parentId) {
        return jdbc.sql("""
                INSERT INTO product_category (code, name_en, name_zh, parent_id, sort_order)
                VALUES (:code, :en, :zh, :parent, (SELECT coalesce(max(sort_order), 0) + 1 FROM product_category))
                RETURNING id""")
                .param("code", code)
                .param("en", nameEn)
                .param("zh", nameZh)
                .param("parent", parentId)
                .query(Long.class)
                .single();
    }

    Optional<Product> find(long id) {
        return jdbc.sql(SELECT_PRODUCT + " WHERE p.id = :id")
                .param("id", id)
                .query(CatalogRepository::map)
                .optional();
    }

    Optional<Product> findBySku(String sku) {
        return jdbc.sql(SELECT_PRODUCT + " WHERE lower(p.sku) = lower(:sku)")
                .param("sku", sku)
                .query(CatalogRepository::map)
                .optional();
    }

    /** Products by lower-cased sku. */
    public Map<String, Product> findBySkus(Collection<String> skus) {
        var lower = skus.stream().map(String::toLowerCase).distinct().toArray(String[]::new);
        var result = new HashMap<String, Product>();
        jdbc.sql(SELECT_PRODUCT + " WHERE lower(p.sku) = ANY(:skus)")
                .param("skus", lower)
                .query(CatalogRepository::map)
                .list()
                .forEach(p -> result.put(p.sku().toLowerCase(), p));
        return result;
    }

    public Map<Long, Product> findByIds(Collection<Long> ids) {
        var result = new HashMap<Long, Product>();
        jdbc.sql(SELECT_PRODUCT + " WHERE p.id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(CatalogRepository::map)
                .list()
                .forEach(p -> result.put(p.id(), p));
        return result;
    }

    public PageResult<Product> search(ProductFilter filter, PageRequest page) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        where.add("true");
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(p.sku) LIKE :q OR lower(p.name) LIKE :q)");
            params.put(
                    "q",
                    "%"
                            + filter.q()
                                    .strip()
                                    .toLowerCase()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        if (filter.categoryId() != null) {
            where.add("p.category_id = :category");
            params.put("category", filter.categoryId());
        }
        if (filter.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.active() != null) {
            where.add("p.active = :active");
            params.put("active", filter.active());
        }
        var clause = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM product p" + clause)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT_PRODUCT + clause + " ORDER BY lower(p.sku) LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(CatalogRepository::map)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    long insert(ProductRequest p) {
        return jdbc.sql("""
                INSERT INTO product (sku, name, category_id, kind, list_price, unit_cost, active)
                VALUES (:sku, :name, :category, :kind, :price, :cost, :active) RETURNING id""")
                .param("sku", p.sku().strip())
                .param("name", p.name().strip())
                .param("category", p.categoryId())
                .param("kind", p.kind().name())
                .param("price", p.listPrice())
                .param("cost", p.unitCost())
                .param("active", p.activeOrDefault())
                .query(Long.class)
                .single();
    }

    int update(long id, int version, ProductRequest p) {
        return jdbc.sql("""
                UPDATE product SET sku = :sku, name = :name, category_id = :category, kind = :kind,
                       list_price = :price, unit_cost = :cost, active = :active, updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
                .param("sku", p.sku().strip())
                .param("name", p.name().strip())
                .param("category", p.categoryId())
                .param("kind", p.kind().name())
                .param("price", p.listPrice())
                .param("cost", p.unitCost())
                .param("active", p.activeOrDefault())
                .param("id", id)
                .param("version", version)
                .update();
    }

    /** Category ids by lower-cased code. */
    public Map<String, Long> categoryIdsByCode() {
        var result = new HashMap<String, Long>();
        categories().forEach(c -> result.put(c.code().toLowerCase(), c.id()));
        return result;
    }

    static Product map(ResultSet rs, int row) throws SQLException {
        return new Product(
                rs.getLong("id"),
                rs.getString("sku"),
                rs.getString("name"),
                (Long) rs.getObject("category_id"),
                rs.getString("category_code"),
                rs.getString("category_name_en"),
                rs.getString("category_name_zh"),
                ProductKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("list_price"),
                rs.getBigDecimal("unit_cost"),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
