-- sales: leads, follow-up cadences and tasks, the public pool (公海), key-account opportunities

-- follow-up plan per intent class; team_id 0 holds the defaults, a team may override a class
CREATE TABLE sales_cadence (
    team_id        bigint  NOT NULL DEFAULT 0,
    intent_class   text    NOT NULL CHECK (intent_class IN ('A', 'B', 'C', 'D')),
    interval_days  integer CHECK (interval_days IS NULL OR interval_days BETWEEN 1 AND 365),
    channels       text[]  NOT NULL,
    topics         text[]  NOT NULL,
    version        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, intent_class)
);
INSERT INTO sales_cadence (team_id, intent_class, interval_days, channels, topics) VALUES
    (0, 'A', 2, '{VISIT,CALL}', '{OPEN_QUESTION,HELP,NEWS,CHAT}'),
    (0, 'B', 7, '{CALL}', '{OPEN_QUESTION,NEWS,HELP,CHAT}'),
    (0, 'C', 14, '{SMS,WECHAT}', '{NEWS,CHAT,HELP}'),
    (0, 'D', 30, '{SMS}', '{NEWS,CHAT}');

CREATE TABLE sales_lead (
    id                bigserial PRIMARY KEY,
    name              text        NOT NULL,
    company           text,
    phone             text,
    email             text,
    source            text        NOT NULL,
    product_interest  text,
    money             boolean     NOT NULL DEFAULT false,
    authority         boolean     NOT NULL DEFAULT false,
    need              boolean     NOT NULL DEFAULT false,
    intent_class      text CHECK (intent_class IN ('A', 'B', 'C', 'D')),
    fbo_feedback      text,
    fbo_benefit       text,
    fbo_opportunity   text,
    first_contact_at  timestamptz,
    status            text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONVERTED', 'LOST')),
    customer_id       bigint,
    opportunity_id    bigint,
    owner_id          bigint,
    team_id           bigint,
    in_pool           boolean     NOT NULL DEFAULT false,
    pooled_at         timestamptz,
    pool_warned_at    timestamptz,
    assigned_at       timestamptz NOT NULL DEFAULT now(),
    last_follow_up_at timestamptz,
    notes             text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer     NOT NULL DEFAULT 0
);
CREATE INDEX sales_lead_owner_idx ON sales_lead (owner_id);
CREATE INDEX sales_lead_team_idx ON sales_lead (team_id);
CREATE INDEX sales_lead_customer_idx ON sales_lead (customer_id);

-- a customer under a salesperson's care; the pool reclaims it when it is neglected
CREATE TABLE sales_account (
    customer_id       bigint PRIMARY KEY,
    name              text        NOT NULL,
    owner_id          bigint,
    team_id           bigint,
    tier              text        NOT NULL DEFAULT 'NORMAL',
    in_pool           boolean     NOT NULL DEFAULT false,
    pooled_at         timestamptz,
    pool_warned_at    timestamptz,
    assigned_at       timestamptz NOT NULL DEFAULT now(),
    last_follow_up_at timestamptz,
    last_won_at       timestamptz
);
CREATE INDEX sales_account_team_idx ON sales_account (team_id);

CREATE TABLE sales_task (
    id            bigserial PRIMARY KEY,
    lead_id       bigint REFERENCES sales_lead (id),
    customer_id   bigint,
    subject       text        NOT NULL,
    owner_id      bigint      NOT NULL,
    team_id       bigint,
    due_on        date        NOT NULL,
    channel       text        NOT NULL CHECK (channel IN ('VISIT', 'CALL', 'SMS', 'WECHAT')),
    topic         text        NOT NULL CHECK (topic IN ('OPEN_QUESTION', 'HELP', 'NEWS', 'CHAT')),
    intent_class  text,
    sequence      integer     NOT NULL DEFAULT 1,
    status        text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    outcome       text,
    done_at       timestamptz,
    reminded_on   date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (lead_id IS NOT NULL OR customer_id IS NOT NULL)
);
CREATE INDEX sales_task_owner_due_idx ON sales_task (owner_id, status, due_on);
CREATE INDEX sales_task_lead_idx ON sales_task (lead_id);
CREATE INDEX sales_task_customer_idx ON sales_task (customer_id);

CREATE TABLE sales_reminder (
    id          bigserial PRIMARY KEY,
    user_id     bigint      NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('OVERDUE', 'POOL_WARNING', 'POOL_RECLAIMED')),
    subject     text        NOT NULL,
    link        text,
    due_on      date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX sales_reminder_user_idx ON sales_reminder (user_id, read_at);

-- pool rules: team_id 0 holds the defaults; tier is an intent class (leads) or a customer tier
CREATE TABLE sales_pool_policy (
    team_id            bigint PRIMARY KEY,
    enabled            boolean NOT NULL DEFAULT true,
    daily_claim_limit  integer NOT NULL CHECK (daily_claim_limit BETWEEN 0 AND 1000),
    warn_days          integer NOT NULL CHECK (warn_days BETWEEN 0 AND 60),
    version            integer NOT NULL DEFAULT 0
);
CREATE TABLE sales_pool_rule (
    team_id            bigint  NOT NULL,
    tier               text    NOT NULL,
    no_follow_up_days  integer NOT NULL CHECK (no_follow_up_days BETWEEN 1 AND 3650),
    no_deal_days       integer CHECK (no_deal_days IS NULL OR no_deal_days BETWEEN 1 AND 3650),
    PRIMARY KEY (team_id, tier)
);
INSERT INTO sales_pool_policy (team_id, enabled, daily_claim_limit, warn_days) VALUES (0, true, 5, 3);
INSERT INTO sales_pool_rule (team_id, tier, no_follow_up_days, no_deal_days) VALUES
    (0, 'NEW', 7, NULL), (0, 'A', 7, 60), (0, 'B', 15, 90), (0, 'C', 30, 180), (0, 'D', 60, NULL),
    (0, 'VIP', 60, NULL), (0, 'KEY', 45, NULL), (0, 'NORMAL', 90, NULL), (0, 'SMALL', 120, NULL);

CREATE TABLE sales_pool_move (
    id            bigserial PRIMARY KEY,
    subject_type  text        NOT NULL CHECK (subject_type IN ('LEAD', 'CUSTOMER')),
    subject_id    bigint      NOT NULL,
    team_id       bigint,
    action        text        NOT NULL CHECK (action IN ('RECLAIMED', 'CLAIMED', 'RELEASED')),
    from_owner    bigint,
    to_owner      bigint,
    reason        text,
    at            timestamptz NOT NULL,
    actor         text        NOT NULL
);
CREATE INDEX sales_pool_move_claims_idx ON sales_pool_move (to_owner, action, at);
CREATE INDEX sales_pool_move_subject_idx ON sales_pool_move (subject_type, subject_id);

CREATE TABLE sales_opportunity (
    id                bigserial PRIMARY KEY,
    customer_id       bigint        NOT NULL,
    lead_id           bigint,
    name              text          NOT NULL,
    amount            numeric(14,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
    expected_close    date,
    probability       integer CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
    stage             text          NOT NULL,
    position          text          NOT NULL DEFAULT 'UNKNOWN' CHECK (position IN ('ADVANTAGE', 'DISADVANTAGE', 'UNKNOWN')),
    competitors       text,
    status            text          NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WON', 'LOST')),
    close_reason      text CHECK (close_reason IS NULL OR close_reason IN ('PRICE', 'PRODUCT_FIT', 'RELATIONSHIP',
                                'COMPETITOR', 'NO_BUDGET', 'NO_DECISION', 'TIMING', 'TECHNICAL_STANDARD', 'SERVICE', 'OTHER')),
    close_note        text,
    closed_at         timestamptz,
    need_score        integer CHECK (need_score BETWEEN 1 AND 5),
    volume_score      integer CHECK (volume_score BETWEEN 1 AND 5),
    power_score       integer CHECK (power_score BETWEEN 1 AND 5),
    decision_score    integer CHECK (decision_score BETWEEN 1 AND 5),
    credit_score      integer CHECK (credit_score BETWEEN 1 AND 5),
    owner_id          bigint,
    team_id           bigint,
    stage_changed_at  timestamptz   NOT NULL DEFAULT now(),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    version           integer       NOT NULL DEFAULT 0
);
CREATE INDEX sales_opportunity_owner_idx ON sales_opportunity (owner_id);
CREATE INDEX sales_opportunity_team_idx ON sales_opportunity (team_id);
CREATE INDEX sales_opportunity_customer_idx ON sales_opportunity (customer_id);

-- pre-visit research: personal data, shown to the owner, managers of the team and admins only
CREATE TABLE sales_research (
    opportunity_id     bigint PRIMARY KEY REFERENCES sales_opportunity (id),
    background         text,
    competitors        text,
    project_plan       text,
    decision_makers    text,
    timeline           text,
    budget             text,
    procurement        text,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0
);

CREATE TABLE sales_exit_check (
    opportunity_id  bigint      NOT NULL REFERENCES sales_opportunity (id),
    criterion       text        NOT NULL,
    done_at         timestamptz NOT NULL,
    done_by         text        NOT NULL,
    PRIMARY KEY (opportunity_id, criterion)
);

CREATE TABLE sales_stage_move (
    id               bigserial PRIMARY KEY,
    opportunity_id   bigint      NOT NULL REFERENCES sales_opportunity (id),
    from_stage       text,
    to_stage         text        NOT NULL,
    unmet            text[]      NOT NULL DEFAULT '{}',
    override_reason  text,
    at               timestamptz NOT NULL,
    actor            text        NOT NULL
);
CREATE INDEX sales_stage_move_opp_idx ON sales_stage_move (opportunity_id);

CREATE TABLE sales_member (
    id               bigserial PRIMARY KEY,
    opportunity_id   bigint      NOT NULL REFERENCES sales_opportunity (id),
    name             text        NOT NULL,
    title            text,
    phone            text,
    role             text        NOT NULL CHECK (role IN ('USER', 'TECHNICAL', 'PURCHASER', 'FINANCE', 'DECISION_MAKER')),
    champion         boolean     NOT NULL DEFAULT false,
    key_person       boolean     NOT NULL DEFAULT false,
    attitude         text        NOT NULL DEFAULT 'UNKNOWN' CHECK (attitude IN ('SUPPORTER', 'NEUTRAL', 'OPPONENT', 'UNKNOWN')),
    last_contact_at  timestamptz,
    birthday         date,
    hometown         text,
    school           text,
    interests        text,
    family           text,
    version          integer     NOT NULL DEFAULT 0
);
CREATE INDEX sales_member_opp_idx ON sales_member (opportunity_id);

CREATE TABLE sales_activity (
    id              bigserial PRIMARY KEY,
    opportunity_id  bigint      NOT NULL REFERENCES sales_opportunity (id),
    customer_id     bigint      NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('SEMINAR', 'TECH_EXCHANGE', 'SAMPLES', 'VISIT', 'GIFT',
                                                         'BUSINESS_EVENT', 'SITE_TOUR', 'PHONE')),
    member_id       bigint REFERENCES sales_member (id),
    summary         text        NOT NULL,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL
);
CREATE INDEX sales_activity_opp_idx ON sales_activity (opportunity_id);
CREATE INDEX sales_activity_customer_idx ON sales_activity (customer_id, at);

CREATE TABLE sales_objection (
    id              bigserial PRIMARY KEY,
    opportunity_id  bigint      NOT NULL REFERENCES sales_opportunity (id),
    customer_id     bigint      NOT NULL,
    type            text        NOT NULL CHECK (type IN ('SOURCE', 'PRICE', 'TIME', 'BUDGET', 'AUTHORITY')),
    statement       text        NOT NULL,
    method          text CHECK (method IN ('REBUTTAL', 'YES_IF', 'TURN_AROUND', 'COMPENSATE', 'QUESTION',
                                           'IGNORE', 'PREVENT')),
    handling        text,
    resolved        boolean     NOT NULL DEFAULT false,
    at              timestamptz NOT NULL,
    resolved_at     timestamptz,
    actor           text        NOT NULL,
    version         integer     NOT NULL DEFAULT 0
);
CREATE INDEX sales_objection_opp_idx ON sales_objection (opportunity_id);
CREATE INDEX sales_objection_customer_idx ON sales_objection (customer_id, at);
