-- The delivery day of every order, for the cross-sell miner's one pass over all order lines (a
-- car handed over triggers the need rules): a partial index the stream joins on, so reading a
-- million orders does not aggregate the whole stage history.
CREATE INDEX IF NOT EXISTS order_stage_history_delivered_idx ON order_stage_history (order_id, at)
    WHERE stage = 'DELIVERED';
