-- Accounts: user API keys, invitations, sign-in throttling and the append-only audit log.

create index memberships_user on memberships (user_id);
create index sessions_user on sessions (user_id);

alter table agent_keys add column prefix text;

create table api_keys (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  user_id uuid not null references users (id),
  name text not null,
  prefix text not null,
  scope text not null check (scope in ('read', 'read-write')),
  key_hash bytea not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  primary key (org_id, id)
);
create index api_keys_user on api_keys (org_id, user_id);

create table invitations (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  email text not null,
  role text not null check (role in ('admin', 'member', 'viewer')),
  token_hash bytea not null unique,
  invited_by uuid references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references users (id),
  revoked_at timestamptz,
  primary key (org_id, id)
);
-- At most one open invitation per address and organization; a new one revokes the old first.
create unique index invitations_one_open on invitations (org_id, lower(email))
  where accepted_at is null and revoked_at is null;

-- Global, not tenant-owned: failed sign-ins are counted per account (e-mail) and per source address,
-- whatever the organization, so the limit holds across every backend replica.
create table login_attempts (
  id bigint generated always as identity primary key,
  account text not null,
  address text not null,
  at timestamptz not null default now()
);
create index login_attempts_account on login_attempts (account, at);
create index login_attempts_address on login_attempts (address, at);
create index login_attempts_at on login_attempts (at);

create table audit_log (
  org_id uuid not null references organizations (id),
  id bigint generated always as identity,
  at timestamptz not null default now(),
  actor_kind text not null check (actor_kind in ('user', 'api_key', 'agent_key', 'system', 'anonymous')),
  actor_id uuid,
  actor_user_id uuid,
  actor_label text not null default '',
  action text not null,
  resource_type text not null,
  resource_id text,
  before jsonb,
  after jsonb,
  source_address text,
  user_agent text,
  primary key (org_id, id)
);
create index audit_log_org_at on audit_log (org_id, at);

-- Append-only, whoever asks: the store refuses to change or remove a record.
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_no_update_or_delete before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
