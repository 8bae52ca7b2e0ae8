-- Each collector's newest outcome was kept twice (collector_outcomes for alerting, collector_status
-- for the target's status). collector_status now serves both; it holds the same rows since 0009.
drop table collector_outcomes;
