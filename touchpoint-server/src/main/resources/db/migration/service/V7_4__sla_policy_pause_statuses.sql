-- Statuses that pause a policy's clocks, comma-separated (e.g. PENDING_CUSTOMER); null = the module default
-- (touchpoint.service.pause-statuses). Edited with the policy on the SLA page.
ALTER TABLE sla_policy ADD COLUMN pause_statuses varchar(100);
