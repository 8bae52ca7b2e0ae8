-- Health check reports, kept at least 400 days (the health job deletes older ones). The whole
-- report is one JSON document (its export format); score and time are columns for lists and charts.
create table health_reports (
  org_id uuid not null,
  id uuid not null,
  target_id uuid not null,
  generated_at timestamptz not null,
  trigger text not null check (trigger in ('manual', 'schedule')),
  score integer not null,
  report jsonb not null,
  primary key (org_id, id),
  foreign key (org_id, target_id) references targets (org_id, id) on delete cascade
);
create index health_reports_target_time on health_reports (org_id, target_id, generated_at);
create index health_reports_org_time on health_reports (org_id, generated_at);

-- A check's finding muted on one target until a time, with the reason. Ending a mute early sets
-- ended_at; rows are kept so the audit log's references stay meaningful.
create table health_mutes (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  target_id uuid not null,
  check_id text not null,
  reason text not null,
  until timestamptz not null,
  created_at timestamptz not null default now(),
  created_by text not null,
  ended_at timestamptz,
  primary key (org_id, id),
  foreign key (org_id, target_id) references targets (org_id, id) on delete cascade
);
create index health_mutes_target on health_mutes (org_id, target_id) where ended_at is null;

-- Schedules that make reports and e-mail them.
create table report_schedules (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  name text not null,
  target_ids uuid[] not null default '{}',
  frequency text not null check (frequency in ('daily', 'weekly')),
  hour_utc integer not null check (hour_utc between 0 and 23),
  weekday integer check (weekday between 0 and 6),
  recipients text[] not null default '{}',
  attachments text[] not null default '{}',
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  created_by text not null,
  last_run_at timestamptz,
  last_result text,
  primary key (org_id, id)
);
