-- care plans and other background jobs read the stage changes of a time span
CREATE INDEX order_stage_history_at_idx ON order_stage_history (at);
