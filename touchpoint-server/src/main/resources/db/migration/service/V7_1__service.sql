-- Service: business calendars, SLA policies, tickets and complaints with their conversation, escalations,
-- care plans, the over-service guard and every outbound message (sent, blocked). DOMAIN §4.

CREATE TABLE service_calendar (
    id          bigserial PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    zone        varchar(60)  NOT NULL DEFAULT 'Asia/Shanghai',
    version     integer      NOT NULL DEFAULT 0
);

-- working windows per ISO weekday (1 = Monday), minutes after midnight, end 1440 = midnight;
-- make-up working days (调休上班日) use Monday's windows
CREATE TABLE service_calendar_hours (
    calendar_id  bigint   NOT NULL REFERENCES service_calendar (id) ON DELETE CASCADE,
    weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute integer  NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   integer  NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    PRIMARY KEY (calendar_id, weekday, start_minute),
    CHECK (end_minute > start_minute)
);

CREATE TABLE service_calendar_day (
    calendar_id bigint      NOT NULL REFERENCES service_calendar (id) ON DELETE CASCADE,
    day         date        NOT NULL,
    kind        varchar(10) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name        varchar(100),
    PRIMARY KEY (calendar_id, day)
);

CREATE TABLE sla_policy (
    id                      bigserial PRIMARY KEY,
    name                    varchar(200) NOT NULL,
    rank                    integer      NOT NULL,
    cond_priority           varchar(10),
    cond_type               varchar(20),
    cond_team_id            bigint,
    cond_tier               varchar(20),
    calendar_id             bigint       NOT NULL REFERENCES service_calendar (id),
    first_response_minutes  integer      NOT NULL CHECK (first_response_minutes > 0),
    next_response_minutes   integer      NOT NULL CHECK (next_response_minutes > 0),
    resolution_minutes      integer      NOT NULL CHECK (resolution_minutes > 0),
    due_soon_percent        integer      NOT NULL DEFAULT 80 CHECK (due_soon_percent BETWEEN 1 AND 100),
    escalation1_percent     integer,
    escalation2_percent     integer,
    escalation3_percent     integer,
    active                  boolean      NOT NULL DEFAULT true,
    version                 integer      NOT NULL DEFAULT 0
);

CREATE TABLE ticket (
    id                  bigserial PRIMARY KEY,
    customer_id         bigint        NOT NULL,
    order_id            bigint,
    touchpoint          varchar(100),
    type                varchar(20)   NOT NULL CHECK (type IN ('QUESTION', 'REQUEST', 'COMPLAINT')),
    priority            varchar(10)   NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status              varchar(20)   NOT NULL CHECK (status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'SOLVED', 'CLOSED')),
    channel             varchar(20)   NOT NULL,
    subject             varchar(300)  NOT NULL,
    description         text,
    assignee_id         bigint,
    team_id             bigint,
    policy_id           bigint REFERENCES sla_policy (id),
    created_at          timestamptz   NOT NULL,
    first_response_at   timestamptz,
    solved_at           timestamptz,
    closed_at           timestamptz,
    escalation_level    smallint      NOT NULL DEFAULT 0,
    root_cause          varchar(30),
    complaint_step      varchar(20),
    compensation_kind   varchar(20),
    compensation_amount numeric(12, 2),
    compensation_note   varchar(1000),
    satisfaction        smallint CHECK (satisfaction BETWEEN 1 AND 5),
    satisfaction_at     timestamptz,
    proactive           boolean       NOT NULL DEFAULT false,
    proactive_reason    varchar(300),
    evidence            jsonb,
    external_ref        varchar(100) UNIQUE,
    created_by          varchar(100),
    version             integer       NOT NULL DEFAULT 0
);
CREATE INDEX ticket_customer_idx ON ticket (customer_id, created_at DESC);
CREATE INDEX ticket_created_idx ON ticket (created_at);
CREATE INDEX ticket_open_idx ON ticket (status) WHERE status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER');
CREATE INDEX ticket_team_idx ON ticket (team_id);
CREATE INDEX ticket_assignee_idx ON ticket (assignee_id);

CREATE TABLE ticket_message (
    id             bigserial PRIMARY KEY,
    ticket_id      bigint       NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    party          varchar(10)  NOT NULL CHECK (party IN ('CUSTOMER', 'AGENT')),
    internal       boolean      NOT NULL DEFAULT false,
    author         varchar(200),
    author_user_id bigint,
    body           text         NOT NULL,
    at             timestamptz  NOT NULL,
    CHECK (NOT (internal AND party = 'CUSTOMER'))
);
CREATE INDEX ticket_message_ticket_idx ON ticket_message (ticket_id, at);

CREATE TABLE ticket_status_history (
    id        bigserial PRIMARY KEY,
    ticket_id bigint      NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    status    varchar(20) NOT NULL,
    at        timestamptz NOT NULL,
    actor     varchar(100)
);
CREATE INDEX ticket_status_history_idx ON ticket_status_history (ticket_id, at);

CREATE TABLE ticket_escalation (
    id        bigserial PRIMARY KEY,
    ticket_id bigint       NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    level     smallint     NOT NULL CHECK (level BETWEEN 1 AND 3),
    target    varchar(20)  NOT NULL,
    at        timestamptz  NOT NULL,
    notified  varchar(200),
    UNIQUE (ticket_id, level)
);

-- order stages seen by the care plans (polled from commerce or loaded with demo data)
CREATE TABLE care_order_stage (
    order_id    bigint      NOT NULL,
    customer_id bigint      NOT NULL,
    stage       varchar(20) NOT NULL,
    reached_at  timestamptz NOT NULL,
    PRIMARY KEY (order_id, stage)
);
CREATE INDEX care_order_stage_at_idx ON care_order_stage (stage, reached_at);
CREATE INDEX care_order_stage_customer_idx ON care_order_stage (customer_id);

CREATE TABLE care_rule (
    id          bigserial PRIMARY KEY,
    code        varchar(30)  NOT NULL UNIQUE,
    trigger     varchar(20)  NOT NULL CHECK (trigger IN ('ORDER_STAGE', 'HOLIDAY', 'BIRTHDAY')),
    stage       varchar(20),
    offset_days integer      NOT NULL DEFAULT 0 CHECK (offset_days BETWEEN 0 AND 365),
    action      varchar(10)  NOT NULL CHECK (action IN ('MESSAGE', 'TASK')),
    channel     varchar(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'WECHAT', 'PHONE')),
    no_promotion boolean     NOT NULL DEFAULT true,
    subject     varchar(300) NOT NULL,
    body        text         NOT NULL,
    enabled     boolean      NOT NULL DEFAULT true,
    version     integer      NOT NULL DEFAULT 0
);

CREATE TABLE care_action (
    id          bigserial PRIMARY KEY,
    rule_id     bigint       NOT NULL REFERENCES care_rule (id),
    customer_id bigint       NOT NULL,
    order_id    bigint,
    occasion    varchar(100) NOT NULL,
    due_at      timestamptz  NOT NULL,
    done_at     timestamptz  NOT NULL,
    outcome     varchar(10)  NOT NULL CHECK (outcome IN ('SENT', 'TASK', 'BLOCKED', 'FAILED')),
    detail      varchar(500),
    UNIQUE (rule_id, customer_id, occasion)
);
CREATE INDEX care_action_done_idx ON care_action (done_at DESC);
CREATE INDEX care_action_customer_idx ON care_action (customer_id);

CREATE TABLE service_task (
    id             bigserial PRIMARY KEY,
    customer_id    bigint       NOT NULL,
    order_id       bigint,
    care_action_id bigint REFERENCES care_action (id),
    title          varchar(300) NOT NULL,
    due_at         timestamptz  NOT NULL,
    team_id        bigint,
    assignee_id    bigint,
    created_at     timestamptz  NOT NULL,
    done_at        timestamptz,
    done_by        varchar(100)
);
CREATE INDEX service_task_open_idx ON service_task (due_at) WHERE done_at IS NULL;

-- every message the service module sent or tried to send on its own initiative, with the guard's verdict
CREATE TABLE outbound_message (
    id             bigserial PRIMARY KEY,
    customer_id    bigint       NOT NULL,
    channel        varchar(10)  NOT NULL,
    purpose        varchar(20)  NOT NULL,
    subject        varchar(300),
    body           text,
    status         varchar(10)  NOT NULL CHECK (status IN ('SENT', 'BLOCKED', 'FAILED')),
    reason         varchar(30),
    created_at     timestamptz  NOT NULL,
    care_action_id bigint,
    ticket_id      bigint
);
CREATE INDEX outbound_customer_idx ON outbound_message (customer_id, created_at);
CREATE INDEX outbound_status_idx ON outbound_message (status, created_at DESC);

-- the over-service guard (过度服务): one row
CREATE TABLE service_guard (
    id                  integer     PRIMARY KEY CHECK (id = 1),
    max_messages        integer     NOT NULL CHECK (max_messages > 0),
    window_days         integer     NOT NULL CHECK (window_days > 0),
    quiet_start_minute  integer     NOT NULL CHECK (quiet_start_minute BETWEEN 0 AND 1439),
    quiet_end_minute    integer     NOT NULL CHECK (quiet_end_minute BETWEEN 0 AND 1439),
    zone                varchar(60) NOT NULL,
    version             integer     NOT NULL DEFAULT 0
);
INSERT INTO service_guard VALUES (1, 3, 7, 21 * 60, 8 * 60, 'Asia/Shanghai', 0);

CREATE TABLE service_job_cursor (
    name     varchar(40) PRIMARY KEY,
    position timestamptz NOT NULL
);
