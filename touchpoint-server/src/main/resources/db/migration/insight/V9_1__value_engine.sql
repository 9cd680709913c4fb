-- insight: value-engine runs, per-customer results per run (as_of), early warnings and the win-back workflow.

CREATE TABLE value_run (
    id           bigserial PRIMARY KEY,
    as_of        date        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    phase        text,
    progress     integer     NOT NULL DEFAULT 0,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    started_by   text,
    customers    integer,
    orders       bigint,
    warnings     integer,
    duration_ms  bigint,
    error        text,
    model        jsonb
);
CREATE INDEX value_run_done_idx ON value_run (as_of DESC, id DESC) WHERE status = 'DONE';

-- no foreign key to customer: results are a snapshot, written by COPY, and customers are only soft-deleted
CREATE TABLE value_customer (
    run_id              bigint           NOT NULL REFERENCES value_run (id) ON DELETE CASCADE,
    customer_id         bigint           NOT NULL,
    tier                text,
    recency             integer          NOT NULL,
    frequency           integer          NOT NULL,
    monetary            double precision NOT NULL,
    r_score             smallint         NOT NULL,
    f_score             smallint         NOT NULL,
    m_score             smallint         NOT NULL,
    segment             text             NOT NULL,
    p_alive             double precision NOT NULL,
    expected_purchases  double precision NOT NULL,
    clv                 double precision NOT NULL,
    gross_profit        double precision NOT NULL,
    revenue_12m         double precision NOT NULL,
    stage               text             NOT NULL,
    phase               text             NOT NULL,
    loyalty             double precision,
    loyalty_type        text,
    tier_prompt         text,
    PRIMARY KEY (run_id, customer_id)
);
CREATE INDEX value_customer_customer_idx ON value_customer (customer_id, run_id DESC);

CREATE TABLE value_warning (
    id             bigserial PRIMARY KEY,
    customer_id    bigint      NOT NULL,
    rule           text        NOT NULL,
    reason         text        NOT NULL,
    evidence       jsonb       NOT NULL,
    run_id         bigint      REFERENCES value_run (id) ON DELETE SET NULL,
    raised_on      date        NOT NULL,
    tier           text,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    assignee_id    bigint,
    churn_cause    text CHECK (churn_cause IN ('INCONVENIENT', 'SLOW', 'UNFRIENDLY', 'UNPROFESSIONAL', 'POOR_VALUE',
                                               'DISLIKE', 'BROKEN_PROMISE')),
    cause_party    text CHECK (cause_party IN ('COMPANY', 'COMPETITOR', 'CUSTOMER', 'SALESPERSON', 'OTHER')),
    outcome        text CHECK (outcome IN ('WON_BACK', 'LOST', 'NOT_NEEDED')),
    closed_at      timestamptz,
    closed_by      text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0,
    CHECK (status <> 'CLOSED' OR outcome IS NOT NULL)
);
-- one open warning per customer and rule: a later run does not raise it twice
CREATE UNIQUE INDEX value_warning_open_uk ON value_warning (customer_id, rule) WHERE status <> 'CLOSED';
CREATE INDEX value_warning_status_idx ON value_warning (status, raised_on DESC);

CREATE TABLE value_warning_action (
    id          bigserial PRIMARY KEY,
    warning_id  bigint      NOT NULL REFERENCES value_warning (id) ON DELETE CASCADE,
    action      text        NOT NULL,
    note        text,
    event_id    text,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL
);
CREATE INDEX value_warning_action_warning_idx ON value_warning_action (warning_id, at);
