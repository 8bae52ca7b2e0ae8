import { sql } from "../sql.ts";

/*
 * The schema collector reads catalogs only (pg_class, pg_index, pg_constraint, pg_proc, …) and
 * the statistics views; object definitions come from the pg_get_*def functions. It never reads an
 * application row. Objects of extensions and of the system schemas are left out.
 */

/** Databases the role may connect to, largest first; $1 = how many. */
export const schemaDatabasesQuery = sql`
  select d.datname, pg_get_userbyid(d.datdba) as owner,
         pg_encoding_to_char(d.encoding) as encoding, d.datcollate,
         pg_database_size(d.oid) as size_bytes, age(d.datfrozenxid) as xid_age
  from pg_database d
  where d.datallowconn and not d.datistemplate
    and has_database_privilege(d.oid, 'CONNECT')
  order by pg_database_size(d.oid) desc
  limit $1
`;

export const schemaNamespacesQuery = sql`
  select n.nspname, pg_get_userbyid(n.nspowner) as owner
  from pg_namespace n
  where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
    and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'
    and not exists (select from pg_depend dep where dep.objid = n.oid and dep.deptype = 'e')
  order by 1
  limit 2000
`;

/**
 * Tables, views and materialized views with their statistics. A table's definition is its
 * column list (name, type, NOT NULL, default) in column order. Of the storage parameters only
 * autovacuum_enabled is read, of the table and of its TOAST table (null when not set).
 */
export const schemaRelationsQuery = sql`
  select n.nspname, c.relname, c.relkind, pg_get_userbyid(c.relowner) as owner,
         case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid)
              else (select string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                                      || case when a.attnotnull then ' not null' else '' end
                                      || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), ''),
                                      ', ' order by a.attnum)
                    from pg_attribute a
                    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
                    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)
         end as definition,
         pg_total_relation_size(c.oid) as size_bytes, c.reltuples as estimated_rows,
         s.n_dead_tup, s.n_mod_since_analyze, s.n_tup_ins, s.n_tup_upd, s.n_tup_del,
         s.seq_scan, s.idx_scan, s.last_vacuum, s.last_autovacuum, s.last_analyze,
         s.last_autoanalyze,
         case when c.relkind in ('r', 'm') then age(c.relfrozenxid) end as frozen_xid_age,
         (select o.option_value::boolean from pg_options_to_table(c.reloptions) o
          where o.option_name = 'autovacuum_enabled') as autovacuum_enabled,
         (select o.option_value::boolean
          from pg_class t
          join pg_options_to_table(t.reloptions) o on o.option_name = 'autovacuum_enabled'
          where t.oid = c.reltoastrelid) as toast_autovacuum_enabled
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  left join pg_stat_user_tables s on s.relid = c.oid
  where c.relkind in ('r', 'p', 'v', 'm')
    and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
    and n.nspname not like 'pg_temp%'
    and not exists (select from pg_depend dep where dep.objid = c.oid and dep.deptype = 'e')
  order by pg_total_relation_size(c.oid) desc
  limit 5000
`;

/** Indexes with size, scans, validity, and whether another index of the table is the same. */
export const schemaIndexesQuery = sql`
  select n.nspname, ic.relname as index_name, tc.relname as table_name,
         pg_get_userbyid(ic.relowner) as owner, pg_get_indexdef(i.indexrelid) as definition,
         pg_relation_size(i.indexrelid) as size_bytes, s.idx_scan, i.indisvalid, i.indisunique,
         i.indisprimary,
         exists (select from pg_constraint k where k.conindid = i.indexrelid) as backs_constraint,
         exists (select from pg_index j
                 where j.indrelid = i.indrelid and j.indexrelid <> i.indexrelid
                   and j.indkey::text = i.indkey::text and j.indclass::text = i.indclass::text
                   and coalesce(pg_get_expr(j.indexprs, j.indrelid), '')
                       = coalesce(pg_get_expr(i.indexprs, i.indrelid), '')
                   and coalesce(pg_get_expr(j.indpred, j.indrelid), '')
                       = coalesce(pg_get_expr(i.indpred, i.indrelid), '')) as duplicate
  from pg_index i
  join pg_class ic on ic.oid = i.indexrelid
  join pg_class tc on tc.oid = i.indrelid
  join pg_namespace n on n.oid = ic.relnamespace
  left join pg_stat_user_indexes s on s.indexrelid = i.indexrelid
  where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
    and n.nspname not like 'pg_temp%'
    and not exists (select from pg_depend dep where dep.objid = tc.oid and dep.deptype = 'e')
  order by pg_relation_size(i.indexrelid) desc
  limit 5000
`;

/** Constraints; a foreign key is flagged when no index of its table starts with its columns. */
export const schemaConstraintsQuery = sql`
  select n.nspname, k.conname, t.relname as table_name, k.contype,
         pg_get_constraintdef(k.oid) as definition,
         k.contype = 'f' and not exists (
           select from pg_index i
           where i.indrelid = k.conrelid
             and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] @> k.conkey
             and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] <@ k.conkey
         ) as fk_without_index
  from pg_constraint k
  join pg_class t on t.oid = k.conrelid
  join pg_namespace n on n.oid = t.relnamespace
  where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
    and n.nspname not like 'pg_temp%'
    and not exists (select from pg_depend dep where dep.objid = t.oid and dep.deptype = 'e')
  order by 1, 3, 2
  limit 5000
`;

/**
 * Sequences and how much of their range is used. A sequence feeding an int4 column runs out at
 * the column's limit, not its own. last_value is null both for a sequence never used and for one
 * the role may not read (pg_sequences needs SELECT or USAGE on it): last_value_readable tells which.
 */
export const schemaSequencesQuery = sql`
  select s.schemaname, s.sequencename, pg_get_userbyid(c.relowner) as owner,
         s.data_type::text || ' start ' || s.start_value::text || ' increment '
           || s.increment_by::text || ' min ' || s.min_value::text || ' max '
           || s.max_value::text || case when s.cycle then ' cycle' else '' end as definition,
         s.last_value, has_sequence_privilege(c.oid, 'SELECT,USAGE') as last_value_readable,
         least(s.max_value,
               coalesce((select case when a.atttypid = 'int4'::regtype then 2147483647
                                     when a.atttypid = 'int2'::regtype then 32767 end
                         from pg_depend dep
                         join pg_attribute a on a.attrelid = dep.refobjid and a.attnum = dep.refobjsubid
                         where dep.objid = c.oid and dep.deptype in ('a', 'i')
                         limit 1), s.max_value)) as effective_max
  from pg_sequences s
  join pg_namespace n on n.nspname = s.schemaname
  join pg_class c on c.relname = s.sequencename and c.relnamespace = n.oid
  where not exists (select from pg_depend dep where dep.objid = c.oid and dep.deptype = 'e')
  order by 1, 2
  limit 5000
`;

/** Functions and procedures (not aggregates or window functions, which have no CREATE FUNCTION text). */
export const schemaFunctionsQuery = sql`
  select n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name,
         pg_get_userbyid(p.proowner) as owner, p.prokind,
         left(pg_get_functiondef(p.oid), 16000) as definition
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
  where p.prokind in ('f', 'p')
    and n.nspname not in ('pg_catalog', 'information_schema')
    and not exists (select from pg_depend dep where dep.objid = p.oid and dep.deptype = 'e')
  order by 1, 2
  limit 5000
`;

export const schemaTriggersQuery = sql`
  select n.nspname, t.tgname, c.relname as table_name, pg_get_triggerdef(t.oid) as definition
  from pg_trigger t
  join pg_class c on c.oid = t.tgrelid
  join pg_namespace n on n.oid = c.relnamespace
  where not t.tgisinternal
    and not exists (select from pg_depend dep where dep.objid = c.oid and dep.deptype = 'e')
  order by 1, 3, 2
  limit 5000
`;
