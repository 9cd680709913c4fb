-- Outbound integrations (issue 17): subscriptions (signed webhooks and work-chat robots) and their
-- outbox of deliveries. A delivery row is written in the transaction of the change it reports, so it
-- exists exactly when the change committed; the dispatcher sends it after commit and retries it.

CREATE TABLE integration_subscription (
    id            bigserial   PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind          text        NOT NULL CHECK (kind IN ('WEBHOOK', 'WECOM', 'DINGTALK', 'FEISHU')),
    -- the target URL, encrypted (robot URLs carry their access key); url_display shows scheme, host
    -- and path with the query masked
    url_sealed    text        NOT NULL,
    url_display   text        NOT NULL,
    -- the signing secret, encrypted: whsec_… for webhooks, the robot's signing secret for DingTalk
    -- and Feishu (optional), none for WeCom
    secret_sealed text,
    event_types   text[]      NOT NULL CHECK (cardinality(event_types) > 0),
    -- only events about customers of these tiers (empty: all), e.g. an alert for VIP warnings
    tiers         text[]      NOT NULL DEFAULT '{}',
    -- the language of work-chat messages
    locale        text        NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
    -- the team whose group the robot posts into, and that team's quiet hours (business time zone)
    team_id       bigint,
    quiet_from    time,
    quiet_until   time,
    -- the user whose record scope the subscription acts in
    owner_id      bigint      NOT NULL,
    status        text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0,
    CHECK ((quiet_from IS NULL) = (quiet_until IS NULL))
);

CREATE TABLE integration_delivery (
    id              bigserial   PRIMARY KEY,
    subscription_id bigint      NOT NULL REFERENCES integration_subscription (id) ON DELETE CASCADE,
    -- webhook-id: the same for every attempt and every resend, so receivers drop duplicates by it
    message_id      text        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    -- deliveries with the same key (the customer, else the record) go out in the order they were made
    order_key       text        NOT NULL,
    -- the exact body sent (and signed)
    payload         text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0,
    -- when it is due; while an attempt is in flight, the end of that attempt's lease
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    last_millis     integer,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integration_delivery_due ON integration_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX integration_delivery_pending_key
    ON integration_delivery (subscription_id, order_key, id) WHERE status = 'PENDING';
CREATE INDEX integration_delivery_log ON integration_delivery (subscription_id, id DESC);

CREATE TABLE integration_attempt (
    id           bigserial   PRIMARY KEY,
    delivery_id  bigint      NOT NULL REFERENCES integration_delivery (id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL,
    status_code  integer,
    error        text,
    millis       integer     NOT NULL,
    response     text
);
CREATE INDEX integration_attempt_delivery ON integration_attempt (delivery_id, id);
