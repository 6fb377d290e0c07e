-- The tracking page reads a plan's entries one period at a time (a quarter, or the two or four quarters of a six-month
-- or yearly view). With only (plan_id, task_id, period) H2 walks every entry of the plan for each period, which on
-- 13,000 tasks × 24 quarters took seconds for a switch of period; this index reads only the period's entries.
-- Numbered after the reports (V7) and the plan checksums (V8), which came first on the main line.
CREATE INDEX progress_by_period ON progress (plan_id, period);
