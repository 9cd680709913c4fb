-- journey analytics: small partial indexes over the touchpoint module's events (read-only use; see
-- dev.touchpoint.server.journey). Each covers a selective slice the dashboards read, so those queries
-- stream from an index instead of scanning millions of rows; the predicates match the queries'
-- WHERE clauses exactly (PostgreSQL only uses a partial index whose predicate the query implies).

-- emotion curve and peak-end: answers with an emotion, and purchases, in customer order
CREATE INDEX IF NOT EXISTS touchpoint_event_emotion_journey_idx ON touchpoint_event (customer_id, occurred_at)
    WHERE emotion IS NOT NULL OR kind = 'PURCHASE';

-- mean emotion per touchpoint (importance-performance grid), index-only
CREATE INDEX IF NOT EXISTS touchpoint_event_emotion_tp_idx ON touchpoint_event (touchpoint_id, occurred_at)
    INCLUDE (emotion, customer_id) WHERE emotion IS NOT NULL;

-- repurchase outcome of peak-end: purchases per customer, index-only
CREATE INDEX IF NOT EXISTS touchpoint_event_purchase_idx ON touchpoint_event (customer_id, occurred_at)
    WHERE kind = 'PURCHASE';

-- voice of the customer: NPS, CSAT and CES answers
CREATE INDEX IF NOT EXISTS touchpoint_event_voc_idx ON touchpoint_event (occurred_at)
    WHERE attributes->>'type' IN ('NPS', 'CSAT', 'CES');

-- expectation vs perception answers
CREATE INDEX IF NOT EXISTS touchpoint_event_expectation_idx ON touchpoint_event (occurred_at)
    WHERE jsonb_typeof(attributes->'expectation') = 'number';
