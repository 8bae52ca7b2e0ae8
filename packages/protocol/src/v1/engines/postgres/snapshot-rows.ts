import { z } from "zod";
import { QUERY_TEXT_MODES } from "./normalize-query.ts";

const isoTime = z.iso.datetime({ offset: true });
const name = z.string().max(256);

/** Query text is cut to this many UTF-8 bytes on the agent; `queryTruncated` says when. */
export const MAX_QUERY_TEXT_BYTES = 4096;

/**
 * One server process at the moment of a sample. `pid` + `backendStart` identify a session
 * (pids are reused). `blockedBy` lists the pids holding the lock this session waits for.
 */
export const postgresSessionSchema = z
  .object({
    pid: z.number().int(),
    backendStart: isoTime.nullable(),
    backendType: name.nullable(),
    state: name.nullable(),
    waitEventType: name.nullable(),
    waitEvent: name.nullable(),
    database: name.nullable(),
    user: name.nullable(),
    application: name.nullable(),
    /** `address:port`, the client host name when known, or `local` for a Unix socket. */
    client: z.string().max(300).nullable(),
    xactStart: isoTime.nullable(),
    queryStart: isoTime.nullable(),
    stateChange: isoTime.nullable(),
    query: z.string().max(MAX_QUERY_TEXT_BYTES).nullable(),
    queryTruncated: z.boolean(),
    /** How `query` was sent (the target's `query_text`); absent from older agents, which sent raw text. */
    queryTextMode: z.enum(QUERY_TEXT_MODES).optional(),
    /** Same text modulo literals, whitespace and case → same fingerprint (16 hex digits). */
    queryFingerprint: z.string().max(64).nullable(),
    /** pg_stat_activity.query_id (14+, when compute_query_id is on), as a decimal string. */
    queryId: z.string().max(32).nullable(),
    blockedBy: z.array(z.number().int()).max(1000),
    /** When the current lock wait began (pg_locks.waitstart, PostgreSQL 14+). */
    lockWaitStart: isoTime.nullable(),
    /** Mode and kind of the lock waited for, e.g. `AccessExclusiveLock` on `relation`. */
    lockMode: name.nullable(),
    lockType: name.nullable(),
    /** The relation of a relation lock, schema-qualified when in the agent's database, else its oid. */
    lockRelation: name.nullable(),
  })
  .strict();
export type PostgresSession = z.infer<typeof postgresSessionSchema>;

export const postgresSettingSchema = z
  .object({
    name,
    /** Secrets (passwords in conninfo strings, passphrases) are replaced by `********`. */
    setting: z.string().max(8192).nullable(),
    unit: name.nullable(),
    category: name.nullable(),
    description: z.string().max(1000).nullable(),
    /** Where the value comes from: default, configuration file, command line, … */
    source: name.nullable(),
    bootValue: z.string().max(8192).nullable(),
    /** A change made in the configuration that takes effect only after a restart. */
    pendingRestart: z.boolean(),
    /** postmaster settings need a restart; sighup a reload; user/superuser a SET. */
    context: name.nullable(),
    isDefault: z.boolean(),
  })
  .strict();
export type PostgresSetting = z.infer<typeof postgresSettingSchema>;

/** Attributes and memberships only: password hashes are never read. */
export const postgresRoleSchema = z
  .object({
    name,
    superuser: z.boolean(),
    inherit: z.boolean(),
    createRole: z.boolean(),
    createDb: z.boolean(),
    canLogin: z.boolean(),
    replication: z.boolean(),
    bypassRls: z.boolean(),
    /** -1: no limit. */
    connectionLimit: z.number().int(),
    validUntil: isoTime.nullable(),
    memberOf: z.array(name).max(1000),
  })
  .strict();
export type PostgresRole = z.infer<typeof postgresRoleSchema>;

/** Extensions installed in the database the agent connects to. */
export const postgresExtensionSchema = z
  .object({ name, version: name, schema: name.nullable() })
  .strict();
export type PostgresExtension = z.infer<typeof postgresExtensionSchema>;

/** A running VACUUM or ANALYZE (pg_stat_progress_vacuum / pg_stat_progress_analyze). */
export const postgresProgressSchema = z
  .object({
    pid: z.number().int(),
    command: z.enum(["vacuum", "analyze"]),
    database: name.nullable(),
    /** Schema-qualified when the relation is in the agent's database, else its oid. */
    relation: name.nullable(),
    phase: name.nullable(),
    blocksTotal: z.number().nullable(),
    blocksDone: z.number().nullable(),
    autovacuum: z.boolean(),
    startedAt: isoTime.nullable(),
  })
  .strict();
export type PostgresProgress = z.infer<typeof postgresProgressSchema>;
