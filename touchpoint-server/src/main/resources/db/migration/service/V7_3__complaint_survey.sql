-- The after-complaint survey (seed 003: the customer's satisfaction afterwards): when a complaint is
-- solved the customer is invited to the touchpoint module's survey AFTER_COMPLAINT (CSAT 1–5 and a
-- comment); the answer fills ticket.satisfaction. survey_link is the public path kept for the agent
-- (e.g. to read it out on the phone); the touchpoint module stores only the token's hash.
ALTER TABLE ticket
    ADD COLUMN survey_state         varchar(10) CHECK (survey_state IN ('INVITED', 'ANSWERED', 'BLOCKED', 'NO_SURVEY')),
    ADD COLUMN survey_invitation_id bigint,
    ADD COLUMN survey_channel       varchar(10),
    ADD COLUMN survey_invited_at    timestamptz,
    ADD COLUMN survey_link          varchar(200),
    ADD COLUMN survey_detail        varchar(300),
    ADD COLUMN satisfaction_comment text;
CREATE INDEX ticket_survey_waiting_idx ON ticket (survey_invitation_id) WHERE survey_state = 'INVITED';
