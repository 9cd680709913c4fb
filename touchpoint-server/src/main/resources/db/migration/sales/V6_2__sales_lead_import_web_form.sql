-- sales: lead import duplicates by phone, consent from the public web form, per-team web form links

-- the phone as digits only, without the +86 / 0086 country prefix: duplicates and the web form's rate limit compare it
ALTER TABLE sales_lead ADD COLUMN phone_norm text GENERATED ALWAYS AS (
    CASE
        WHEN regexp_replace(phone, '[^0-9]', '', 'g') ~ '^0086[0-9]{11}$' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 5)
        WHEN regexp_replace(phone, '[^0-9]', '', 'g') ~ '^86[0-9]{11}$' THEN substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
        ELSE nullif(regexp_replace(phone, '[^0-9]', '', 'g'), '')
    END) STORED;
CREATE INDEX sales_lead_phone_norm_idx ON sales_lead (phone_norm, status);

-- consent to be contacted by phone, ticked by the prospect on the web form
ALTER TABLE sales_lead ADD COLUMN phone_consent    boolean NOT NULL DEFAULT false;
ALTER TABLE sales_lead ADD COLUMN phone_consent_at timestamptz;

-- one public lead form per team: /public/leads/{token}; rotating the token retires the old link
CREATE TABLE sales_web_form (
    team_id          bigint PRIMARY KEY,
    token            text        NOT NULL UNIQUE,
    default_owner_id bigint,
    created_at       timestamptz NOT NULL DEFAULT now(),
    rotated_at       timestamptz,
    version          integer     NOT NULL DEFAULT 0
);
