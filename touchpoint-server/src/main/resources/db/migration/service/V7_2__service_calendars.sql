-- Calendars shipped with the product: office hours Mon–Fri 09:00–18:00 with the Chinese public holidays
-- and make-up working days of 2025 (国办发明电〔2024〕12号) and 2026 (State Council notice of November
-- 2025), a store calendar open every day 08:30–18:00 closed on the Spring Festival, and 24×7.
-- Edit the days per year on the SLA page or through PUT /api/v1/service/calendars/{code}/years/{year}.

INSERT INTO service_calendar (code, name, zone) VALUES
    ('OFFICE', 'Office hours Mon–Fri 09:00–18:00 (China) · 工作日 9:00–18:00', 'Asia/Shanghai'),
    ('STORE', 'Store hours daily 08:30–18:00 · 门店每日 8:30–18:00', 'Asia/Shanghai'),
    ('24X7', '24×7 · 全天候', 'Asia/Shanghai');

INSERT INTO service_calendar_hours (calendar_id, weekday, start_minute, end_minute)
SELECT c.id, d, 540, 1080 FROM service_calendar c, generate_series(1, 5) d WHERE c.code = 'OFFICE';
INSERT INTO service_calendar_hours (calendar_id, weekday, start_minute, end_minute)
SELECT c.id, d, 510, 1080 FROM service_calendar c, generate_series(1, 7) d WHERE c.code = 'STORE';
INSERT INTO service_calendar_hours (calendar_id, weekday, start_minute, end_minute)
SELECT c.id, d, 0, 1440 FROM service_calendar c, generate_series(1, 7) d WHERE c.code = '24X7';

INSERT INTO service_calendar_day (calendar_id, day, kind, name)
SELECT c.id, v.day::date, v.kind, v.name FROM service_calendar c, (VALUES
    ('2025-01-01', 'HOLIDAY', '元旦 New Year'),
    ('2025-01-26', 'WORKDAY', '春节调休 Spring Festival make-up day'),
    ('2025-01-28', 'HOLIDAY', '春节 Spring Festival'), ('2025-01-29', 'HOLIDAY', '春节 Spring Festival'),
    ('2025-01-30', 'HOLIDAY', '春节 Spring Festival'), ('2025-01-31', 'HOLIDAY', '春节 Spring Festival'),
    ('2025-02-01', 'HOLIDAY', '春节 Spring Festival'), ('2025-02-02', 'HOLIDAY', '春节 Spring Festival'),
    ('2025-02-03', 'HOLIDAY', '春节 Spring Festival'), ('2025-02-04', 'HOLIDAY', '春节 Spring Festival'),
    ('2025-02-08', 'WORKDAY', '春节调休 Spring Festival make-up day'),
    ('2025-04-04', 'HOLIDAY', '清明节 Qingming'), ('2025-04-05', 'HOLIDAY', '清明节 Qingming'),
    ('2025-04-06', 'HOLIDAY', '清明节 Qingming'),
    ('2025-04-27', 'WORKDAY', '劳动节调休 Labour Day make-up day'),
    ('2025-05-01', 'HOLIDAY', '劳动节 Labour Day'), ('2025-05-02', 'HOLIDAY', '劳动节 Labour Day'),
    ('2025-05-03', 'HOLIDAY', '劳动节 Labour Day'), ('2025-05-04', 'HOLIDAY', '劳动节 Labour Day'),
    ('2025-05-05', 'HOLIDAY', '劳动节 Labour Day'),
    ('2025-05-31', 'HOLIDAY', '端午节 Dragon Boat'), ('2025-06-01', 'HOLIDAY', '端午节 Dragon Boat'),
    ('2025-06-02', 'HOLIDAY', '端午节 Dragon Boat'),
    ('2025-09-28', 'WORKDAY', '国庆调休 National Day make-up day'),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节 National Day, Mid-Autumn'),
    ('2025-10-11', 'WORKDAY', '国庆调休 National Day make-up day'),
    ('2026-01-01', 'HOLIDAY', '元旦 New Year'), ('2026-01-02', 'HOLIDAY', '元旦 New Year'),
    ('2026-01-03', 'HOLIDAY', '元旦 New Year'),
    ('2026-01-04', 'WORKDAY', '元旦调休 New Year make-up day'),
    ('2026-02-14', 'WORKDAY', '春节调休 Spring Festival make-up day'),
    ('2026-02-15', 'HOLIDAY', '春节 Spring Festival'), ('2026-02-16', 'HOLIDAY', '春节 Spring Festival'),
    ('2026-02-17', 'HOLIDAY', '春节 Spring Festival'), ('2026-02-18', 'HOLIDAY', '春节 Spring Festival'),
    ('2026-02-19', 'HOLIDAY', '春节 Spring Festival'), ('2026-02-20', 'HOLIDAY', '春节 Spring Festival'),
    ('2026-02-21', 'HOLIDAY', '春节 Spring Festival'), ('2026-02-22', 'HOLIDAY', '春节 Spring Festival'),
    ('2026-02-23', 'HOLIDAY', '春节 Spring Festival'),
    ('2026-02-28', 'WORKDAY', '春节调休 Spring Festival make-up day'),
    ('2026-04-04', 'HOLIDAY', '清明节 Qingming'), ('2026-04-05', 'HOLIDAY', '清明节 Qingming'),
    ('2026-04-06', 'HOLIDAY', '清明节 Qingming'),
    ('2026-05-01', 'HOLIDAY', '劳动节 Labour Day'), ('2026-05-02', 'HOLIDAY', '劳动节 Labour Day'),
    ('2026-05-03', 'HOLIDAY', '劳动节 Labour Day'), ('2026-05-04', 'HOLIDAY', '劳动节 Labour Day'),
    ('2026-05-05', 'HOLIDAY', '劳动节 Labour Day'),
    ('2026-05-09', 'WORKDAY', '劳动节调休 Labour Day make-up day'),
    ('2026-06-19', 'HOLIDAY', '端午节 Dragon Boat'), ('2026-06-20', 'HOLIDAY', '端午节 Dragon Boat'),
    ('2026-06-21', 'HOLIDAY', '端午节 Dragon Boat'),
    ('2026-09-20', 'WORKDAY', '国庆调休 National Day make-up day'),
    ('2026-09-25', 'HOLIDAY', '中秋节 Mid-Autumn'), ('2026-09-26', 'HOLIDAY', '中秋节 Mid-Autumn'),
    ('2026-09-27', 'HOLIDAY', '中秋节 Mid-Autumn'),
    ('2026-10-01', 'HOLIDAY', '国庆节 National Day'), ('2026-10-02', 'HOLIDAY', '国庆节 National Day'),
    ('2026-10-03', 'HOLIDAY', '国庆节 National Day'), ('2026-10-04', 'HOLIDAY', '国庆节 National Day'),
    ('2026-10-05', 'HOLIDAY', '国庆节 National Day'), ('2026-10-06', 'HOLIDAY', '国庆节 National Day'),
    ('2026-10-07', 'HOLIDAY', '国庆节 National Day'),
    ('2026-10-10', 'WORKDAY', '国庆调休 National Day make-up day')
) AS v(day, kind, name) WHERE c.code = 'OFFICE';

-- the store closes only on the first days of the Spring Festival; it has no make-up days
INSERT INTO service_calendar_day (calendar_id, day, kind, name)
SELECT c.id, v.day::date, 'HOLIDAY', '春节 Spring Festival' FROM service_calendar c, (VALUES
    ('2025-01-28'), ('2025-01-29'), ('2025-01-30'), ('2026-02-16'), ('2026-02-17'), ('2026-02-18')
) AS v(day) WHERE c.code = 'STORE';

INSERT INTO sla_policy (name, rank, cond_priority, cond_type, cond_tier, calendar_id, first_response_minutes,
                        next_response_minutes, resolution_minutes, escalation1_percent, escalation2_percent,
                        escalation3_percent)
SELECT v.name, v.rank, v.prio, v.type, v.tier, c.id, v.fr, v.nr, v.res, 80, 100, 150
FROM (VALUES
    ('Urgent · 紧急', 10, 'URGENT', NULL, NULL, '24X7', 30, 60, 480),
    ('Complaints · 投诉', 20, NULL, 'COMPLAINT', NULL, 'OFFICE', 60, 120, 1620),
    ('VIP customers · VIP 客户', 30, NULL, NULL, 'VIP', 'OFFICE', 60, 120, 1080),
    ('High priority · 高优先级', 40, 'HIGH', NULL, NULL, 'OFFICE', 120, 240, 1080),
    ('Standard · 标准', 100, NULL, NULL, NULL, 'OFFICE', 240, 480, 2700)
) AS v(name, rank, prio, type, tier, cal, fr, nr, res)
JOIN service_calendar c ON c.code = v.cal;

INSERT INTO care_rule (code, trigger, stage, offset_days, action, channel, no_promotion, subject, body) VALUES
    ('SHIP_DAY', 'ORDER_STAGE', 'INSPECTED', 0, 'MESSAGE', 'WECHAT', true,
     '您的订单已检验发货 · Your order is on its way',
     '您好，您的订单已通过检验并于今天发出。如有任何问题，请随时联系我们。— Hello, your order passed inspection and left today. Contact us any time with questions.'),
    ('ARRIVAL', 'ORDER_STAGE', 'DELIVERED', 0, 'MESSAGE', 'SMS', true,
     '货物到达提醒 · Your order has arrived',
     '您好，您的订单已送达，请查收并核对。— Hello, your order has arrived; please check it.'),
    ('SIGN_OFF', 'ORDER_STAGE', 'DELIVERED', 1, 'MESSAGE', 'EMAIL', true,
     '签收关怀：请告诉我们您的感受 · How was your delivery?',
     '感谢您的信任！请花一分钟评价本次交付，您的反馈会帮助我们做得更好。— Thank you! Please take a minute to rate the delivery.'),
    ('USAGE_CARE', 'ORDER_STAGE', 'DELIVERED', 7, 'TASK', 'PHONE', true,
     '使用关怀回访（签收十天内）· Usage care call (within 10 days of sign-off)',
     '致电客户：使用是否顺利？是否有疑问？提醒注意事项。— Call the customer: is everything working, any questions, remind of care points.'),
    ('HOLIDAY', 'HOLIDAY', NULL, 0, 'MESSAGE', 'WECHAT', true,
     '节日问候 · Holiday greetings',
     '节日快乐！感谢您一直以来的支持。— Happy holidays, and thank you for your trust.'),
    ('BIRTHDAY', 'BIRTHDAY', NULL, 0, 'MESSAGE', 'SMS', true,
     '生日祝福 · Happy birthday',
     '祝您生日快乐，身体健康，万事如意！— Happy birthday from all of us!');
