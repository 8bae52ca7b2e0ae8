import { fail, formatCount, needSeries, pass } from "../../../health/check-helpers.ts";
import type { HealthCheck, HealthInput } from "../../../health/check-types.ts";
import { isOff, majorVersion, needSetting, needSettings, PG_DOCS, shown } from "./settings.ts";

const WAL_DOCS = `${PG_DOCS}/runtime-config-wal.html`;

/** Settings that trade crash safety for speed, and the server's support status. */
export const durabilityChecks: HealthCheck[] = [
  {
    id: "postgres.fsync_off",
    title: "fsync is off",
    category: "availability",
    severity: "critical",
    reads: ["snapshot postgres.settings (fsync)"],
    why: "Without fsync an operating system crash or power loss can corrupt the whole cluster, not just lose recent commits.",
    docsUrl: `${WAL_DOCS}#GUC-FSYNC`,
    evaluate(input) {
      const settings = needSettings(input);
      if (!isOff(settings, "fsync")) return pass();
      return fail({
        summary:
          "fsync = off: PostgreSQL does not force writes to disk; a crash can corrupt data files beyond repair.",
        evidence: { Setting: shown(needSetting(settings, "fsync")) },
        recommendation:
          "Turn fsync on (it takes a reload). If write latency was the reason, use synchronous_commit = off for the sessions that can lose their last transactions instead.",
        command: "ALTER SYSTEM SET fsync = on; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.full_page_writes_off",
    title: "full_page_writes is off",
    category: "availability",
    severity: "critical",
    reads: ["snapshot postgres.settings (full_page_writes)"],
    why: "Torn pages after a crash cannot be repaired from WAL without full page images; the database may not recover.",
    docsUrl: `${WAL_DOCS}#GUC-FULL-PAGE-WRITES`,
    evaluate(input) {
      const settings = needSettings(input);
      if (!isOff(settings, "full_page_writes")) return pass();
      return fail({
        summary:
          "full_page_writes = off: a page partly written at a crash cannot be restored from WAL.",
        evidence: { Setting: shown(needSetting(settings, "full_page_writes")) },
        recommendation:
          "Turn full_page_writes on unless the file system guarantees atomic 8 kB writes (e.g. ZFS); use wal_compression to reduce the WAL it adds.",
        command: "ALTER SYSTEM SET full_page_writes = on; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.synchronous_commit_off",
    title: "synchronous_commit is off for the whole server",
    category: "availability",
    severity: "low",
    reads: ["snapshot postgres.settings (synchronous_commit)"],
    why: "Commits acknowledged to clients can be lost at a crash (up to three times wal_writer_delay); fine for some sessions, risky as a server default.",
    docsUrl: `${WAL_DOCS}#GUC-SYNCHRONOUS-COMMIT`,
    evaluate(input) {
      const settings = needSettings(input);
      if (!isOff(settings, "synchronous_commit")) return pass();
      return fail({
        summary:
          "synchronous_commit = off server-wide: transactions reported as committed can be lost at a crash.",
        evidence: { Setting: shown(needSetting(settings, "synchronous_commit")) },
        recommendation:
          "Keep the server default on and set synchronous_commit = off only in the sessions or roles that can afford to lose their last commits.",
        command: "ALTER SYSTEM SET synchronous_commit = on; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.archive_mode_off",
    title: "WAL archiving is off",
    category: "availability",
    severity: "medium",
    reads: ["snapshot postgres.settings (archive_mode, archive_command, archive_library)"],
    why: "Without archived WAL there is no point-in-time recovery: a restore goes back to the last base backup.",
    docsUrl: `${PG_DOCS}/continuous-archiving.html`,
    evaluate(input) {
      const settings = needSettings(input);
      if (!isOff(settings, "archive_mode")) return pass();
      return fail({
        summary:
          "archive_mode = off: WAL is not archived, so the server cannot be restored to a point in time.",
        evidence: { Setting: shown(needSetting(settings, "archive_mode")) },
        recommendation:
          "Archive WAL with a backup tool (pgBackRest, Barman, WAL-G) or an archive_command, and test a point-in-time restore. Changing archive_mode needs a restart.",
        command:
          "ALTER SYSTEM SET archive_mode = on; -- and set archive_command or archive_library, then restart",
      });
    },
  },
  {
    id: "postgres.version_end_of_life",
    title: "PostgreSQL major version out of support",
    category: "security",
    severity: "high",
    reads: ["inventory version"],
    why: "Versions past their end of life get no security or bug fixes.",
    docsUrl: "https://www.postgresql.org/support/versioning/",
    evaluate(input) {
      const major = majorVersion(input.target.version);
      if (major === null) {
        return {
          status: "not_evaluated",
          reason:
            "the server version is not known yet (the agent reports it with its first collection)",
          fix: null,
        };
      }
      // Final releases: each major is supported for five years after its first release.
      const endOfLife: Record<number, string> = {
        12: "2024-11-21",
        13: "2025-11-13",
        14: "2026-11-12",
        15: "2027-11-11",
        16: "2028-11-09",
        17: "2029-11-08",
        18: "2030-11-14",
      };
      const eol = major < 12 ? "2023-11-09" : endOfLife[major];
      if (!eol || Date.parse(eol) > input.now.getTime()) return pass();
      return fail({
        summary: `${input.target.version} is past its end of life (${eol}): it receives no more fixes.`,
        evidence: { Version: input.target.version ?? "", "End of life": eol },
        recommendation:
          "Plan an upgrade to a supported major version (pg_upgrade, or logical replication for little downtime).",
        command: null,
      });
    },
  },
  {
    id: "postgres.xid_wraparound",
    title: "Transaction ID age approaching wraparound",
    category: "availability",
    severity: "high",
    reads: ["metric postgres.database.xid_age"],
    why: "At about 2.1 billion transactions PostgreSQL stops accepting writes to protect data until the database is vacuumed.",
    docsUrl: `${PG_DOCS}/routine-vacuuming.html#VACUUM-FOR-WRAPAROUND`,
    evaluate(input) {
      return ageCheck(input, "postgres.database.xid_age", "transaction ID");
    },
  },
  {
    id: "postgres.mxid_wraparound",
    title: "Multixact ID age approaching wraparound",
    category: "availability",
    severity: "high",
    reads: ["metric postgres.database.mxid_age"],
    why: "Multixact IDs (row locks shared by several transactions) wrap around like transaction IDs and stop writes the same way.",
    docsUrl: `${PG_DOCS}/routine-vacuuming.html#VACUUM-FOR-MULTIXACT-WRAPAROUND`,
    evaluate(input) {
      return ageCheck(input, "postgres.database.mxid_age", "multixact ID");
    },
  },
];

function ageCheck(input: HealthInput, metric: string, what: string) {
  const ages = needSeries(input, metric)
    .filter((s) => s.latest !== null)
    .map((s) => ({ database: s.labels.database ?? "?", age: s.latest ?? 0 }))
    .sort((a, b) => b.age - a.age);
  const worst = ages[0];
  if (!worst || worst.age < 500_000_000) return pass();
  const severity =
    worst.age >= 1_500_000_000 ? "critical" : worst.age >= 1_000_000_000 ? "high" : "medium";
  const over = ages.filter((a) => a.age >= 500_000_000);
  return fail({
    severity,
    summary: `The oldest unfrozen ${what} of database ${worst.database} is ${formatCount(worst.age)} transactions old (${Math.round((worst.age / 2_147_483_648) * 100)} % of the way to wraparound).`,
    evidence: Object.fromEntries(over.map((a) => [`Database ${a.database}`, formatCount(a.age)])),
    recommendation: `Find what keeps autovacuum from freezing (long transactions, abandoned replication slots or prepared transactions, autovacuum disabled on a table) and run VACUUM (FREEZE) on the oldest tables of ${worst.database}.`,
    command: `-- in database ${worst.database}:\nSELECT c.oid::regclass, age(c.relfrozenxid) FROM pg_class c WHERE c.relkind IN ('r','m','t') ORDER BY 2 DESC LIMIT 10;\nVACUUM (FREEZE, VERBOSE) <table>;`,
  });
}
