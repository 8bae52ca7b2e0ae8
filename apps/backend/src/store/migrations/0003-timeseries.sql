-- Time series at scale: raw points and payload ids in daily partitions, 1-minute and 1-hour
-- rollups, and the bookkeeping of the background jobs that maintain them.
-- Partitions are named <table>_pYYYYMMDD (daily) or <table>_pYYYYMM (monthly), bounds in UTC;
-- store/partitioned-tables.ts lists every partitioned table with its granularity and retention.

-- Raw points. No unique key: a payload id is stored once (ingested_payloads), which is what makes
-- ingestion exactly-once, and leaving points without one lets COPY write them directly.
alter table points rename to points_unpartitioned;
alter index points_pkey rename to points_unpartitioned_pkey;

create table points (
  org_id uuid not null,
  series_id bigint not null,
  ts timestamptz not null,
  value double precision not null
) partition by range (ts);
create index points_series_ts on points (org_id, series_id, ts);
-- Rollups read whole time slices; points arrive roughly in time order, so BRIN stays small and sharp.
create index points_ts_brin on points using brin (ts);

-- Idempotency. A payload's collectedAt never changes between resends, so partitioning by it keeps
-- the (org, payload id) check inside one partition, and old ids leave with their points.
alter table ingested_payloads rename to ingested_payloads_unpartitioned;
alter index ingested_payloads_pkey rename to ingested_payloads_unpartitioned_pkey;

create table ingested_payloads (
  org_id uuid not null,
  payload_id uuid not null,
  collected_at timestamptz not null,
  target_id uuid not null,
  collector text not null,
  received_at timestamptz not null default now(),
  primary key (org_id, payload_id, collected_at)
) partition by range (collected_at);

-- Move rows stored before this migration into daily partitions.
do $$
declare
  d date;
begin
  for d in
    select distinct (ts at time zone 'UTC')::date from points_unpartitioned
    union
    select distinct (received_at at time zone 'UTC')::date from ingested_payloads_unpartitioned
  loop
    execute format(
      'create table %I partition of points for values from (%L) to (%L)',
      'points_p' || to_char(d, 'YYYYMMDD'),
      d::timestamp at time zone 'UTC',
      (d + 1)::timestamp at time zone 'UTC');
    execute format(
      'create table %I partition of ingested_payloads for values from (%L) to (%L)',
      'ingested_payloads_p' || to_char(d, 'YYYYMMDD'),
      d::timestamp at time zone 'UTC',
      (d + 1)::timestamp at time zone 'UTC');
  end loop;
end $$;

insert into points (org_id, series_id, ts, value)
  select org_id, series_id, ts, value from points_unpartitioned;
-- The collection time of those payloads was not kept; their arrival time is the closest known.
insert into ingested_payloads (org_id, payload_id, collected_at, target_id, collector, received_at)
  select org_id, payload_id, received_at, target_id, collector, received_at
    from ingested_payloads_unpartitioned;
drop table points_unpartitioned;
drop table ingested_payloads_unpartitioned;

-- Rollups: one row per series and bucket. avg = sum / count (sum is kept so hours can be rolled
-- from minutes exactly). For counters: increase = sum of the non-negative steps between
-- consecutive samples (a decrease is a reset: a new baseline, counted in resets), elapsed = the
-- seconds those steps cover, so rate = increase / elapsed over any set of buckets.
create table points_1m (
  org_id uuid not null,
  series_id bigint not null,
  bucket timestamptz not null,
  count integer not null,
  sum double precision not null,
  min double precision not null,
  max double precision not null,
  last double precision not null,
  last_ts timestamptz not null,
  increase double precision not null,
  elapsed double precision not null,
  resets integer not null,
  primary key (org_id, series_id, bucket)
) partition by range (bucket);
create index points_1m_bucket_brin on points_1m using brin (bucket);

create table points_1h (
  org_id uuid not null,
  series_id bigint not null,
  bucket timestamptz not null,
  count integer not null,
  sum double precision not null,
  min double precision not null,
  max double precision not null,
  last double precision not null,
  last_ts timestamptz not null,
  increase double precision not null,
  elapsed double precision not null,
  resets integer not null,
  primary key (org_id, series_id, bucket)
) partition by range (bucket);

-- Progress of each rollup tier. Raw points before sealed_until are final for the 1-minute
-- rollup: ingestion marks anything later that lands before it in rollup_dirty.
create table rollup_state (
  tier text primary key check (tier in ('1m', '1h')),
  sealed_until timestamptz,
  rolled_until timestamptz
);
insert into rollup_state (tier) values ('1m'), ('1h');

-- Hours of a target that received points after they were rolled up; the rollup job redoes them.
create sequence rollup_dirty_mark;
create table rollup_dirty (
  org_id uuid not null,
  target_id uuid not null,
  hour timestamptz not null,
  mark bigint not null default nextval('rollup_dirty_mark'),
  primary key (org_id, target_id, hour)
);

-- One row per background job execution: what ran, for which schedule slot, where, and how it ended.
create table job_runs (
  id bigint generated always as identity primary key,
  job text not null,
  slot timestamptz not null,
  runner text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  error text,
  summary jsonb
);
create index job_runs_job_slot on job_runs (job, slot);
