-- identity: users, teams, API tokens, audit log

CREATE TABLE team (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('SITE', 'SALES_GROUP', 'SERVICE_GROUP', 'OTHER')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX team_name_uk ON team (lower(name));

CREATE TABLE app_user (
    id               bigserial PRIMARY KEY,
    username         text        NOT NULL,
    display_name     text        NOT NULL,
    email            text,
    password_hash    text        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'SALES', 'SERVICE', 'ANALYST')),
    enabled          boolean     NOT NULL DEFAULT true,
    failed_attempts  integer     NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_uk ON app_user (lower(username));

CREATE TABLE user_team (
    user_id  bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    team_id  bigint NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, team_id)
);
CREATE INDEX user_team_team_idx ON user_team (team_id);

CREATE TABLE api_token (
    id            bigserial PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    token_prefix  text        NOT NULL,
    token_hash    text        NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    text,
    summary      text,
    details      jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
