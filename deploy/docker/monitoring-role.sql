-- The least-privilege role the agent connects as (see docs/engines/postgresql.md).
CREATE ROLE logstag LOGIN PASSWORD 'change-me-monitor' IN ROLE pg_monitor;
