-- Snapshots: rows describing a target at one moment (sessions, settings, roles, …), one per
-- payload that carries them. Daily partitions on the collection time, created ahead and dropped
-- with raw retention like points (store/partitioned-tables.ts).
create table snapshots (
  org_id uuid not null,
  target_id uuid not null,
  kind text not null,
  collected_at timestamptz not null,
  payload_id uuid not null,
  row_count integer not null,
  truncated boolean not null default false,
  rows jsonb not null
) partition by range (collected_at);
-- "The sample at or before t" and "the latest of a kind" both walk this index backwards.
create index snapshots_target_kind_time on snapshots (org_id, target_id, kind, collected_at);

-- What each collector of a target last said it could not read, with the fix. One row per
-- collector, replaced by newer reports; an empty list means nothing is missing.
create table target_diagnostics (
  org_id uuid not null,
  target_id uuid not null,
  collector text not null,
  reported_at timestamptz not null,
  diagnostics jsonb not null,
  primary key (org_id, target_id, collector),
  foreign key (org_id, target_id) references targets (org_id, id)
);
