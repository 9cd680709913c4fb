-- customer: normalised phone for duplicate detection, soft delete, merge log, search indexes

-- digits only, without the +86 / 0086 country prefix; CustomerPhones.normalise in Java does the same
ALTER TABLE customer ADD COLUMN phone_norm text GENERATED ALWAYS AS (
    CASE
        WHEN phone IS NULL OR regexp_replace(phone, '[^0-9]', '', 'g') = '' THEN NULL
        WHEN phone ~ '^\s*\+\s*86' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
        WHEN regexp_replace(phone, '[^0-9]', '', 'g') LIKE '0086%' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 5)
        WHEN regexp_replace(phone, '[^0-9]', '', 'g') ~ '^861[0-9]{10}$' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
        ELSE regexp_replace(phone, '[^0-9]', '', 'g')
    END) STORED;

-- deleted customers stay for the history of other modules' rows (orders, events) but leave every list
ALTER TABLE customer ADD COLUMN deleted_at timestamptz;

CREATE TABLE customer_merge (
    id           bigserial PRIMARY KEY,
    survivor_id  bigint      NOT NULL REFERENCES customer (id),
    merged_id    bigint      NOT NULL REFERENCES customer (id),
    merged_name  text        NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL
);
CREATE INDEX customer_merge_survivor_idx ON customer_merge (survivor_id, at DESC);

DROP INDEX IF EXISTS customer_phone_idx;
CREATE INDEX customer_phone_norm_idx ON customer (phone_norm) WHERE merged_into IS NULL AND deleted_at IS NULL;
CREATE INDEX customer_name_idx ON customer (name);
CREATE INDEX customer_created_idx ON customer (created_at DESC, id DESC);
CREATE INDEX customer_source_idx ON customer (source);

-- Substring search (q matches anywhere in name, phone or email, Chinese included) uses trigram GIN
-- indexes. The embedded PostgreSQL ships pg_trgm; an external server without the extension (or
-- without the right to create it) still works, searching by sequential scan.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXECUTE 'CREATE INDEX customer_name_trgm_idx ON customer USING gin (name gin_trgm_ops)';
    EXECUTE 'CREATE INDEX customer_phone_trgm_idx ON customer USING gin (phone_norm gin_trgm_ops)';
    EXECUTE 'CREATE INDEX customer_email_trgm_idx ON customer USING gin (lower(email) gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm not available (%), customer search falls back to sequential scans', SQLERRM;
END
$$;
