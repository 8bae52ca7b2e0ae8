-- Alerting: rules made from templates, alert instances and their history, silences, notification
-- channels (secrets encrypted by the backend) and policies, notification groups and deliveries.

-- Each collector's newest outcome per target, for the agent templates (collector failing).
create table collector_outcomes (
  org_id uuid not null,
  target_id uuid not null,
  collector text not null,
  reported_at timestamptz not null,
  failed boolean not null,
  error text,
  primary key (org_id, target_id, collector),
  foreign key (org_id, target_id) references targets (org_id, id)
);

-- Free-form tags of a target, for rules scoped by tag.
alter table targets add column tags text[] not null default '{}';

create table alert_rules (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  template_id text not null,
  template_version integer not null,
  params jsonb not null default '{}',
  -- {"kind":"all"} | {"kind":"targets","targetIds":[…]} | {"kind":"tag","tag":"…"}
  scope jsonb not null,
  -- template severity → rule severity or "off"
  severities jsonb not null,
  -- target id → { param: value }
  overrides jsonb not null default '{}',
  -- for / keep_firing_for seconds and no-data policy, when the rule overrides the template's
  timing jsonb not null default '{}',
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);

-- One row per rule, asset and scope labels: its state survives restarts.
create table alert_instances (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  rule_id uuid not null,
  asset_kind text not null check (asset_kind in ('target', 'agent')),
  asset_id uuid not null,
  asset_name text not null,
  engine text not null,
  labels_key text not null,
  labels jsonb not null default '{}',
  state text not null check (state in ('inactive', 'pending', 'firing', 'resolved', 'no_data')),
  severity text check (severity in ('critical', 'warning', 'info')),
  since timestamptz not null,
  clear_since timestamptz,
  value double precision,
  annotations jsonb not null default '{}',
  -- Counts pending/firing episodes; notifications are told apart by it.
  episode integer not null default 0,
  evaluated_at timestamptz not null,
  -- Set by a transition that notifies; the dispatcher compares groups against it.
  changed_at timestamptz not null default now(),
  acked_at timestamptz,
  acked_by text,
  ack_comment text,
  primary key (org_id, id),
  unique (org_id, rule_id, asset_id, labels_key),
  foreign key (org_id, rule_id) references alert_rules (org_id, id) on delete cascade
);
create index alert_instances_active on alert_instances (org_id, state) where state in ('pending', 'firing', 'no_data');

-- History of every transition, acknowledgement and silence of each instance (kept 400+ days).
create table alert_events (
  org_id uuid not null,
  id bigint generated always as identity,
  instance_id uuid not null,
  rule_id uuid not null,
  at timestamptz not null default now(),
  event text not null,
  state text not null,
  severity text,
  value double precision,
  actor text,
  comment text,
  primary key (org_id, id)
);
create index alert_events_instance on alert_events (org_id, instance_id, at);
create index alert_events_at on alert_events (at);

create table alert_silences (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  -- { ruleId?, assetId?, engine?, severity?, labels? }: every one given must match
  matchers jsonb not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  reason text not null,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, id),
  check (ends_at > starts_at)
);

create table notification_channels (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null,
  -- Settings that are not secret (e-mail recipients, a label); secrets only in secret_box.
  settings jsonb not null default '{}',
  -- AES-256-GCM of the secret settings (webhook URL, SMTP password), key outside the database.
  secret_box bytea,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);

create table notification_policies (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  position integer not null default 0,
  -- { severities?, engines?, assetIds?, categories? }: every list given must contain the alert's
  matchers jsonb not null default '{}',
  channel_ids uuid[] not null,
  group_by text not null check (group_by in ('rule', 'rule_asset', 'instance')),
  group_wait_seconds integer not null,
  group_interval_seconds integer not null,
  repeat_interval_seconds integer not null,
  send_resolved boolean not null default true,
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (org_id, id)
);

-- What each (policy, channel, group) last told its channel, so restarts never repeat it.
create table notification_groups (
  org_id uuid not null,
  policy_id uuid not null,
  channel_id uuid not null,
  group_key text not null,
  first_change_at timestamptz,
  last_sent_at timestamptz,
  -- instance id → { state, severity, episode } as last sent
  sent jsonb not null default '{}',
  primary key (org_id, policy_id, channel_id, group_key)
);

create table notification_deliveries (
  org_id uuid not null,
  id uuid not null default gen_random_uuid(),
  channel_id uuid not null,
  policy_id uuid,
  group_key text,
  kind text not null check (kind in ('firing', 'update', 'resolved', 'repeat', 'test')),
  instance_ids uuid[] not null default '{}',
  payload jsonb not null,
  status text not null check (status in ('queued', 'sent', 'failed')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  primary key (org_id, id)
);
create index notification_deliveries_instances on notification_deliveries using gin (instance_ids);
create index notification_deliveries_created on notification_deliveries (org_id, created_at);
