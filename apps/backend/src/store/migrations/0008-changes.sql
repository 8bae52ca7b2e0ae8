-- Snapshots of kinds that describe what a server is (schema, query texts) rather than what it is
-- doing: same shape as `snapshots`, monthly partitions kept with change history
-- (LOGSTAG_RETENTION_HISTORY_DAYS, 400 days by default; store/partitioned-tables.ts).
create table snapshots_history (
  org_id uuid not null,
  target_id uuid not null,
  kind text not null,
  collected_at timestamptz not null,
  payload_id uuid not null,
  row_count integer not null,
  truncated boolean not null default false,
  rows jsonb not null
) partition by range (collected_at);
create index snapshots_history_target_kind_time
  on snapshots_history (org_id, target_id, kind, collected_at);

-- What changed between two snapshots of a tracked kind: an object created, altered (with the
-- fields that changed) or dropped. Monthly partitions, kept as long as snapshots_history.
create table changes (
  org_id uuid not null,
  target_id uuid not null,
  at timestamptz not null,
  kind text not null,
  object_type text not null,
  object_name text not null,
  change text not null check (change in ('created', 'altered', 'dropped')),
  diff jsonb not null default '[]'
) partition by range (at);
create index changes_target_time on changes (org_id, target_id, at);
