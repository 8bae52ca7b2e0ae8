-- Each collector's newest outcome per target: a target whose collectors partly fail is
-- "degraded" rather than "up". One row per collector, replaced by newer payloads.
create table collector_status (
  org_id uuid not null,
  target_id uuid not null,
  collector text not null,
  reported_at timestamptz not null,
  ok boolean not null,
  error text,
  primary key (org_id, target_id, collector),
  foreign key (org_id, target_id) references targets (org_id, id)
);

-- What the agent said about itself in its last heartbeat.
alter table agents
  add column heartbeat_at timestamptz,
  add column spool_payloads integer,
  add column spool_bytes bigint,
  add column spool_oldest_at timestamptz,
  add column dropped_payloads bigint,
  add column last_error text,
  add column clock_offset_ms integer;
