-- Global tables: organizations, users (a person may belong to several organizations).
create table organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  name text not null default '',
  password_hash text not null,
  created_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

-- Tenant-owned tables: org_id first in every key.
create table memberships (
  org_id uuid not null references organizations (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (org_id, user_id)
);
create unique index memberships_one_owner on memberships (org_id) where role = 'owner';

create table sessions (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  user_id uuid not null references users (id),
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (org_id, id)
);

create table agent_keys (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  key_hash bytea not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  primary key (org_id, id)
);

create table agents (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  hostname text not null,
  version text not null,
  registered_at timestamptz not null default now(),
  last_seen_at timestamptz,
  primary key (org_id, id),
  unique (org_id, name)
);

create table targets (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  agent_id uuid not null,
  name text not null,
  engine text not null,
  endpoint text,
  version text,
  role text,
  started_at timestamptz,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz,
  last_status text,
  last_error text,
  primary key (org_id, id),
  unique (org_id, agent_id, name),
  foreign key (org_id, agent_id) references agents (org_id, id)
);

-- One row per (target, metric, labels); points refer to it by id.
create table series (
  org_id uuid not null,
  id bigint generated always as identity,
  target_id uuid not null,
  metric text not null,
  labels jsonb not null default '{}',
  primary key (org_id, id),
  unique (org_id, target_id, metric, labels),
  foreign key (org_id, target_id) references targets (org_id, id)
);

create table points (
  org_id uuid not null,
  series_id bigint not null,
  ts timestamptz not null,
  value double precision not null,
  primary key (org_id, series_id, ts)
);

-- Idempotency: a payload id is stored once; a resent payload is acknowledged and skipped.
create table ingested_payloads (
  org_id uuid not null,
  payload_id uuid not null,
  target_id uuid not null,
  collector text not null,
  received_at timestamptz not null default now(),
  primary key (org_id, payload_id)
);
