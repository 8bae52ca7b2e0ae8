-- One-time password reset links, made by an Owner or Admin for a member of their organization.
-- Only the token's hash is stored; a link works once, until it expires, and only while the person
-- is still a member of the organization that made it.
create table password_resets (
  org_id uuid not null references organizations (id),
  id uuid not null default gen_random_uuid(),
  user_id uuid not null references users (id),
  token_hash bytea not null unique,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  primary key (org_id, id)
);
create index password_resets_user on password_resets (user_id);

-- When a series was first seen: pruning leaves alone a series younger than a day, whose first
-- points may still be on their way.
alter table series add column created_at timestamptz not null default now();
