-- Proactive service (超前服务) from need rules: a due service need (the first service at 5,000 km or
-- 3 months, the regular service) runs the care rule of trigger NEED once per customer and occasion,
-- through the over-service guard. {need} and {needEn} are the need's names, {date} its due date.
ALTER TABLE care_rule DROP CONSTRAINT care_rule_trigger_check;
ALTER TABLE care_rule ADD CONSTRAINT care_rule_trigger_check
    CHECK (trigger IN ('ORDER_STAGE', 'HOLIDAY', 'BIRTHDAY', 'NEED'));

INSERT INTO care_rule (code, trigger, stage, offset_days, action, channel, no_promotion, subject, body) VALUES
    ('SERVICE_DUE', 'NEED', NULL, 0, 'MESSAGE', 'SMS', true,
     '保养提醒：{need} · Service reminder: {needEn}',
     '您好，您的爱车预计于 {date} 前后需要{need}。回复或致电门店即可预约，我们为您安排时间。— Hello, your car is due for its {needEn} around {date}. Reply or call the store to book a visit.');
