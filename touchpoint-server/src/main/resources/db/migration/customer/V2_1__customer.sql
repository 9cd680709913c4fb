-- customer: persons and organisations, contacts, tiers, consent, notes

CREATE TABLE customer_tier (
    code     text PRIMARY KEY,
    name_en  text    NOT NULL,
    name_zh  text    NOT NULL,
    rank     integer NOT NULL
);
INSERT INTO customer_tier (code, name_en, name_zh, rank) VALUES
    ('VIP', 'VIP', '贵宾客户', 1),
    ('KEY', 'Key', '重点客户', 2),
    ('NORMAL', 'Normal', '普通客户', 3),
    ('SMALL', 'Small', '小客户', 4);

CREATE TABLE customer (
    id           bigserial PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
    name         text        NOT NULL,
    phone        text,
    email        text,
    tier         text        NOT NULL DEFAULT 'NORMAL' REFERENCES customer_tier (code),
    source       text,
    owner_id     bigint,
    team_id      bigint,
    tags         text[]      NOT NULL DEFAULT '{}',
    gender       text,
    birthday     date,
    city         text,
    address      text,
    industry     text,
    notes        text,
    merged_into  bigint REFERENCES customer (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0
);
CREATE INDEX customer_owner_idx ON customer (owner_id);
CREATE INDEX customer_team_idx ON customer (team_id);
CREATE INDEX customer_phone_idx ON customer (phone) WHERE merged_into IS NULL;
CREATE INDEX customer_email_idx ON customer (lower(email)) WHERE merged_into IS NULL;
CREATE INDEX customer_tier_idx ON customer (tier);
CREATE INDEX customer_tags_idx ON customer USING gin (tags);

CREATE TABLE contact (
    id           bigserial PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customer (id),
    name         text        NOT NULL,
    title        text,
    phone        text,
    email        text,
    notes        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0
);
CREATE INDEX contact_customer_idx ON contact (customer_id);

-- consent history; the latest row per (customer, channel) is the consent in force
CREATE TABLE customer_consent (
    id           bigserial PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customer (id),
    channel      text        NOT NULL CHECK (channel IN ('PHONE', 'SMS', 'WECHAT', 'EMAIL')),
    granted      boolean     NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    method       text        NOT NULL,
    recorded_by  text        NOT NULL
);
CREATE INDEX customer_consent_idx ON customer_consent (customer_id, channel, at DESC);

CREATE TABLE customer_note (
    id           bigserial PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customer (id),
    author       text        NOT NULL,
    body         text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_note_idx ON customer_note (customer_id, created_at DESC);
