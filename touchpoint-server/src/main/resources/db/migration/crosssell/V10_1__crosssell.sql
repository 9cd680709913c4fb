-- Cross-sell and next best action (issue 12): mining runs with their rules and sequences, need rules,
-- odometer readings, and the actions staff took on suggestions.

CREATE TABLE crosssell_settings (
    id                   smallint         PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    min_support          double precision NOT NULL DEFAULT 0.002 CHECK (min_support > 0 AND min_support <= 1),
    min_sequence_support double precision NOT NULL DEFAULT 0.02 CHECK (min_sequence_support > 0 AND min_sequence_support <= 1),
    min_confidence       double precision NOT NULL DEFAULT 0.2 CHECK (min_confidence >= 0 AND min_confidence <= 1),
    min_lift             double precision NOT NULL DEFAULT 1.2 CHECK (min_lift >= 0),
    max_length           integer          NOT NULL DEFAULT 3 CHECK (max_length BETWEEN 2 AND 6),
    max_gap_days         integer          CHECK (max_gap_days IS NULL OR max_gap_days BETWEEN 1 AND 3650),
    attribution_days     integer          NOT NULL DEFAULT 30 CHECK (attribution_days BETWEEN 1 AND 365),
    fallback_km_per_day  double precision NOT NULL DEFAULT 40 CHECK (fallback_km_per_day > 0 AND fallback_km_per_day <= 2000),
    evaluation_months    integer          NOT NULL DEFAULT 6 CHECK (evaluation_months BETWEEN 1 AND 36),
    updated_at           timestamptz      NOT NULL DEFAULT now(),
    updated_by           text,
    version              integer          NOT NULL DEFAULT 0
);
INSERT INTO crosssell_settings (max_gap_days) VALUES (400);

CREATE TABLE crosssell_run (
    id           bigserial   PRIMARY KEY,
    as_of        date        NOT NULL,
    status       text        NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    phase        text,
    percent      integer     NOT NULL DEFAULT 0,
    engine       text        NOT NULL DEFAULT 'local',
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    started_by   text,
    orders       integer,
    customers    integer,
    itemsets     integer,
    rules        integer,
    sequences    integer,
    duration_ms  bigint,
    settings     jsonb,
    evaluation   jsonb,
    error        text
);
CREATE INDEX crosssell_run_done_idx ON crosssell_run (as_of DESC, id DESC) WHERE status = 'DONE';

CREATE TABLE crosssell_rule (
    run_id            bigint           NOT NULL REFERENCES crosssell_run (id) ON DELETE CASCADE,
    level             text             NOT NULL CHECK (level IN ('PRODUCT', 'CATEGORY')),
    antecedent        text[]           NOT NULL,
    consequent        text[]           NOT NULL,
    count             integer          NOT NULL,
    antecedent_count  integer          NOT NULL,
    consequent_count  integer          NOT NULL,
    support           double precision NOT NULL,
    confidence        double precision NOT NULL,
    lift              double precision NOT NULL,
    leverage          double precision NOT NULL,
    conviction        double precision  -- null: infinite (the rule never failed)
);
CREATE INDEX crosssell_rule_run_idx ON crosssell_rule (run_id, level, lift DESC);

CREATE TABLE crosssell_sequence (
    run_id             bigint           NOT NULL REFERENCES crosssell_run (id) ON DELETE CASCADE,
    level              text             NOT NULL CHECK (level IN ('PRODUCT', 'CATEGORY')),
    prefix             jsonb            NOT NULL,
    next               text             NOT NULL,
    count              integer          NOT NULL,
    prefix_count       integer          NOT NULL,
    support            double precision NOT NULL,
    confidence         double precision NOT NULL,
    lift               double precision NOT NULL,
    median_delay_days  double precision,
    max_gap_days       integer
);
CREATE INDEX crosssell_sequence_run_idx ON crosssell_sequence (run_id, level, confidence DESC);

CREATE TABLE crosssell_need_rule (
    id          bigserial   PRIMARY KEY,
    rule        text        NOT NULL CHECK (length(rule) <= 500),
    name_en     text        NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
    name_zh     text        NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 120),
    active      boolean     NOT NULL DEFAULT true,
    created_by  text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0
);

CREATE TABLE crosssell_odometer (
    id           bigserial   PRIMARY KEY,
    customer_id  bigint      NOT NULL,
    read_on      date        NOT NULL,
    km           integer     NOT NULL CHECK (km >= 0 AND km <= 3000000),
    order_id     bigint,
    source       text        NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('MANUAL', 'SERVICE_VISIT', 'IMPORT', 'DEMO')),
    recorded_by  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (customer_id, read_on, km)
);
CREATE INDEX crosssell_odometer_customer_idx ON crosssell_odometer (customer_id, read_on);

CREATE TABLE crosssell_action (
    id                  bigserial        PRIMARY KEY,
    customer_id         bigint           NOT NULL,
    kind                text             NOT NULL CHECK (kind IN ('NEED', 'ASSOCIATION', 'SEQUENCE', 'WIN_BACK', 'TIER_UPGRADE')),
    offer_kind          text,
    offer_code          text,
    rule                text             NOT NULL,
    expected_value      double precision NOT NULL,
    outcome             text             NOT NULL CHECK (outcome IN ('ACCEPTED', 'DISMISSED', 'COMPLETED')),
    note                text             CHECK (length(note) <= 2000),
    actor               text             NOT NULL,
    created_at          timestamptz      NOT NULL DEFAULT now(),
    converted_order_id  bigint,
    converted_on        date
);
CREATE INDEX crosssell_action_customer_idx ON crosssell_action (customer_id, created_at DESC);
CREATE INDEX crosssell_action_rule_idx ON crosssell_action (rule);
