-- identity: a lock after failed sign-ins holds for one user from one address only, so a stranger
-- cannot lock a real user out; API tokens get a scope

CREATE TABLE sign_in_lock (
    user_id       bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    address       text        NOT NULL,
    failures      integer     NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, address)
);

ALTER TABLE app_user DROP COLUMN failed_attempts, DROP COLUMN locked_until;

ALTER TABLE api_token ADD COLUMN scope text NOT NULL DEFAULT 'FULL'
    CHECK (scope IN ('FULL', 'READ_ONLY', 'EVENTS'));
