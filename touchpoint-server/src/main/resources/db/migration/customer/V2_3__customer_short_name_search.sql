-- customer: one- and two-character name searches (a Chinese surname such as 王, a given name such as 伟,
-- 欧阳) cannot use the trigram index; the name's characters and character pairs, GIN-indexed, answer them.
-- customer_name_grams('王小明') = {王, 小, 明, 王小, 小明} (lower-cased, each once)
CREATE FUNCTION customer_name_grams(name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT lower(substr(name, i, 1)) AS g FROM generate_series(1, length(name)) AS i
        UNION ALL
        SELECT lower(substr(name, i, 2)) FROM generate_series(1, length(name) - 1) AS i) AS grams
$$;

ALTER TABLE customer ADD COLUMN name_grams text[] GENERATED ALWAYS AS (customer_name_grams(name)) STORED;
CREATE INDEX customer_name_grams_idx ON customer USING gin (name_grams);
