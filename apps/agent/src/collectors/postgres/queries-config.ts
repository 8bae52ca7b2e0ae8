import { sql } from "../sql.ts";

/** Every setting the role may see; values are masked on the agent before they leave. */
export const settingsQuery = sql`
  select name, setting, unit, category, short_desc, source, boot_val, pending_restart, context
  from pg_settings
  order by name
  limit 2001
`;

/** Roles with attributes and memberships; rolpassword is never read. */
export const rolesQuery = sql`
  select r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
         r.rolreplication, r.rolbypassrls, r.rolconnlimit, r.rolvaliduntil,
         array(select g.rolname::text
               from pg_auth_members m
               join pg_roles g on g.oid = m.roleid
               where m.member = r.oid
               order by 1) as member_of
  from pg_roles r
  order by r.rolname
  limit 2001
`;

/** Extensions of the database the agent is connected to. */
export const extensionsQuery = sql`
  select e.extname, e.extversion, n.nspname
  from pg_extension e
  left join pg_namespace n on n.oid = e.extnamespace
  order by e.extname
  limit 501
`;

/** Whether pg_stat_statements is created in the agent's database. */
export const statementsExtensionQuery = sql`
  select current_database() as database,
         exists (select from pg_extension where extname = 'pg_stat_statements') as installed
`;
