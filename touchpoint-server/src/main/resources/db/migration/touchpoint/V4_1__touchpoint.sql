-- touchpoint: catalogue, events, visitor identities, audits with corrective tasks, surveys

CREATE TABLE touchpoint (
    id               bigserial PRIMARY KEY,
    code             text        NOT NULL,
    name_zh          text        NOT NULL,
    name_en          text        NOT NULL,
    line             text        NOT NULL CHECK (line IN ('PROMOTION', 'DISPLAY', 'PRODUCT', 'SERVICE')),
    stage            text        NOT NULL CHECK (stage IN ('AWARENESS', 'INQUIRY', 'EXPERIENCE', 'TRANSACTION',
                                                           'CONTINUED_COOPERATION')),
    kind             text        NOT NULL,
    channel          text        NOT NULL,
    owner_role       text        NOT NULL,
    information      text,
    conveyed_how     text,
    key_touchpoint   boolean     NOT NULL DEFAULT false,
    control_metrics  jsonb       NOT NULL DEFAULT '[]',
    site_team_id     bigint REFERENCES team (id),
    zone             text,
    position         integer     NOT NULL DEFAULT 0,
    template         text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX touchpoint_code_uk ON touchpoint (code);

-- Append-only and idempotent: the client's event id is the primary key. Not partitioned: a unique
-- event id across time partitions would need occurred_at in the key (breaking idempotency for
-- clients that resend with a corrected time), and at a few million rows a year the two indexes below
-- keep the timeline and per-touchpoint queries index-only; see docs/touchpoints.md.
-- No foreign keys: per-row FK triggers cost about a fifth of the COPY throughput, and ingestion already
-- checks that the customer and the touchpoint exist (customers are only soft-deleted; merges re-point).
CREATE TABLE touchpoint_event (
    event_id          text        PRIMARY KEY,
    customer_id       bigint,
    visitor_id        text,
    touchpoint_id     bigint      NOT NULL,
    kind              text        NOT NULL,
    occurred_at       timestamptz NOT NULL,
    channel           text,
    site              text,
    zone              text,
    product_id        bigint,
    duration_seconds  integer,
    value             numeric(14, 2),
    emotion           smallint CHECK (emotion BETWEEN 1 AND 6),
    attributes        jsonb,
    recorded_by       text,
    received_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (customer_id IS NOT NULL OR visitor_id IS NOT NULL)
);
CREATE INDEX touchpoint_event_customer_idx ON touchpoint_event (customer_id, occurred_at DESC)
    WHERE customer_id IS NOT NULL;
CREATE INDEX touchpoint_event_touchpoint_idx ON touchpoint_event (touchpoint_id, occurred_at);
CREATE INDEX touchpoint_event_visitor_idx ON touchpoint_event (visitor_id) WHERE visitor_id IS NOT NULL;

-- an anonymous visitor identified as a customer; events of the visitor resolve to the customer
CREATE TABLE visitor_identity (
    visitor_id   text        PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customer (id),
    linked_at    timestamptz NOT NULL DEFAULT now(),
    linked_by    text        NOT NULL
);
CREATE INDEX visitor_identity_customer_idx ON visitor_identity (customer_id);

-- audit checklist templates: one row per version, the sections and items as JSON
CREATE TABLE audit_template (
    id          bigserial PRIMARY KEY,
    code        text        NOT NULL,
    version     integer     NOT NULL,
    name_zh     text        NOT NULL,
    name_en     text        NOT NULL,
    sections    jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE touchpoint_audit (
    id              bigserial PRIMARY KEY,
    template_id     bigint        NOT NULL REFERENCES audit_template (id),
    site_team_id    bigint        NOT NULL REFERENCES team (id),
    audit_date      date          NOT NULL,
    auditor         text          NOT NULL,
    score           numeric(5, 2) NOT NULL,
    section_scores  jsonb         NOT NULL,
    notes           text,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      text          NOT NULL
);
CREATE INDEX touchpoint_audit_site_idx ON touchpoint_audit (site_team_id, audit_date DESC);

CREATE TABLE touchpoint_audit_result (
    audit_id       bigint        NOT NULL REFERENCES touchpoint_audit (id) ON DELETE CASCADE,
    section_code   text          NOT NULL,
    item_code      text          NOT NULL,
    touchpoint_id  bigint REFERENCES touchpoint (id),
    answer         numeric(14, 3),
    passed         boolean       NOT NULL,
    points         numeric(10, 4) NOT NULL,
    max_points     numeric(10, 4) NOT NULL,
    note           text,
    PRIMARY KEY (audit_id, item_code)
);
CREATE INDEX touchpoint_audit_result_tp_idx ON touchpoint_audit_result (touchpoint_id);

CREATE TABLE corrective_task (
    id             bigserial PRIMARY KEY,
    audit_id       bigint      NOT NULL REFERENCES touchpoint_audit (id),
    item_code      text        NOT NULL,
    touchpoint_id  bigint REFERENCES touchpoint (id),
    site_team_id   bigint      NOT NULL REFERENCES team (id),
    owner_role     text        NOT NULL,
    title_zh       text        NOT NULL,
    title_en       text        NOT NULL,
    due_date       date        NOT NULL,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    done_at        timestamptz,
    done_by        text,
    resolution     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0
);
CREATE INDEX corrective_task_open_idx ON corrective_task (site_team_id, status, due_date);

CREATE TABLE survey (
    id             bigserial PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    name_zh        text        NOT NULL,
    name_en        text        NOT NULL,
    touchpoint_id  bigint REFERENCES touchpoint (id),
    stage          text,
    questions      jsonb       NOT NULL,
    valid_days     integer     NOT NULL DEFAULT 14 CHECK (valid_days > 0),
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0,
    CHECK (touchpoint_id IS NOT NULL OR stage IS NOT NULL)
);

-- the token itself is never stored, only its SHA-256: the link is shown once when inviting
CREATE TABLE survey_invitation (
    id            bigserial PRIMARY KEY,
    survey_id     bigint      NOT NULL REFERENCES survey (id),
    customer_id   bigint      NOT NULL REFERENCES customer (id),
    channel       text        NOT NULL,
    token_hash    text        NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    responded_at  timestamptz,
    created_by    text        NOT NULL
);
CREATE INDEX survey_invitation_customer_idx ON survey_invitation (customer_id, created_at DESC);

CREATE TABLE survey_response (
    id             bigserial PRIMARY KEY,
    survey_id      bigint      NOT NULL REFERENCES survey (id),
    invitation_id  bigint UNIQUE REFERENCES survey_invitation (id),
    customer_id    bigint      NOT NULL REFERENCES customer (id),
    answers        jsonb       NOT NULL,
    submitted_at   timestamptz NOT NULL,
    entered_by     text
);
CREATE INDEX survey_response_customer_idx ON survey_response (customer_id);
