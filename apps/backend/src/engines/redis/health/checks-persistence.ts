import {
  fail,
  formatCount,
  formatDuration,
  needLatest,
  pass,
  seriesOf,
} from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { configSet, needConfig, needParam } from "./config.ts";

const PERSISTENCE_DOCS =
  "https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/";

export const persistenceChecks: HealthCheck[] = [
  {
    id: "redis.persistence_disabled",
    title: "Persistence disabled",
    category: "availability",
    severity: "medium",
    reads: ["snapshot redis.config (save, appendonly)"],
    why: "With neither RDB snapshots nor the append-only file, a restart empties the dataset; acceptable for a pure cache, fatal for anything else.",
    docsUrl: PERSISTENCE_DOCS,
    evaluate(input) {
      const config = needConfig(input);
      const save = needParam(config, "save").trim();
      const aof = needParam(config, "appendonly");
      if (save !== "" || aof === "yes") return pass();
      return fail({
        summary:
          "save is empty and appendonly = no: nothing is written to disk, a restart loses every key.",
        evidence: { save: '""', appendonly: aof },
        recommendation:
          "If the data must survive a restart, turn on the append-only file (everysec) and/or RDB snapshots; if it is a cache by design, mute this finding with that reason.",
        command: configSet("appendonly", "yes"),
      });
    },
  },
  {
    id: "redis.last_save_failed",
    title: "Last RDB save failed",
    category: "availability",
    severity: "high",
    reads: [
      "metric redis.persistence.rdb_last_bgsave_ok",
      "snapshot redis.config (stop-writes-on-bgsave-error)",
    ],
    why: "A failed BGSAVE means no recent snapshot on disk; with stop-writes-on-bgsave-error (the default) the server also refuses writes.",
    docsUrl: PERSISTENCE_DOCS,
    evaluate(input) {
      const ok = needLatest(input, "redis.persistence.rdb_last_bgsave_ok");
      if (ok >= 1) return pass();
      const stop = input.snapshots["redis.config"]
        ? needConfig(input).get("stop-writes-on-bgsave-error")
        : undefined;
      return fail({
        severity: stop === "yes" ? "critical" : "high",
        summary: `The last background save failed (rdb_last_bgsave_status:err)${stop === "yes" ? "; writes are refused until a save succeeds" : ""}.`,
        evidence: {
          rdb_last_bgsave_status: "err",
          ...(stop ? { "stop-writes-on-bgsave-error": stop } : {}),
        },
        recommendation:
          "Read the server log for the cause (disk full, permissions on dir, fork failing for lack of memory: vm.overcommit_memory = 1), fix it, then run BGSAVE.",
        command: "BGSAVE",
      });
    },
  },
  {
    id: "redis.aof_write_failed",
    title: "Append-only file write failed",
    category: "availability",
    severity: "critical",
    reads: [
      "metric redis.persistence.aof_enabled",
      "metric redis.persistence.aof_last_write_ok",
      "metric redis.persistence.aof_last_bgrewrite_ok",
    ],
    why: "When AOF writes fail, acknowledged writes are not durable and the server may refuse further writes.",
    docsUrl: PERSISTENCE_DOCS,
    evaluate(input) {
      if (needLatest(input, "redis.persistence.aof_enabled") < 1) return pass();
      const write = needLatest(input, "redis.persistence.aof_last_write_ok");
      const rewrite = seriesOf(input, "redis.persistence.aof_last_bgrewrite_ok")[0]?.latest ?? 1;
      if (write >= 1 && rewrite >= 1) return pass();
      return fail({
        severity: write < 1 ? "critical" : "high",
        summary:
          write < 1
            ? "The last write to the append-only file failed."
            : "The last AOF rewrite failed.",
        evidence: {
          aof_last_write_status: write < 1 ? "err" : "ok",
          aof_last_bgrewrite_status: rewrite < 1 ? "err" : "ok",
        },
        recommendation:
          "Check free disk space and permissions of the AOF directory and the server log; then trigger a rewrite.",
        command: "BGREWRITEAOF",
      });
    },
  },
  {
    id: "redis.aof_fsync_policy",
    title: "AOF fsync policy risks data or latency",
    category: "configuration",
    severity: "low",
    reads: ["snapshot redis.config (appendonly, appendfsync)"],
    why: "appendfsync no leaves flushing to the OS (about 30 s of writes can be lost); always fsyncs every write and is slow. everysec is the usual balance.",
    docsUrl: PERSISTENCE_DOCS,
    evaluate(input) {
      const config = needConfig(input);
      if (needParam(config, "appendonly") !== "yes") return pass();
      const fsync = needParam(config, "appendfsync");
      if (fsync === "everysec") return pass();
      return fail({
        summary: `appendfsync = ${fsync}: ${fsync === "no" ? "writes since the operating system last flushed can be lost at a crash" : "every write waits for the disk"}.`,
        evidence: { appendonly: "yes", appendfsync: fsync },
        recommendation:
          "Use appendfsync everysec unless you measured that you need the other trade-off.",
        command: configSet("appendfsync", "everysec"),
      });
    },
  },
  {
    id: "redis.rdb_save_stale",
    title: "No recent RDB snapshot",
    category: "availability",
    severity: "medium",
    reads: [
      "snapshot redis.config (save)",
      "metric redis.persistence.rdb_last_save_age",
      "metric redis.persistence.rdb_changes_since_save",
    ],
    why: "With RDB as the only persistence, everything written since the last successful save is lost at a crash.",
    docsUrl: PERSISTENCE_DOCS,
    evaluate(input) {
      const config = needConfig(input);
      if (needParam(config, "save").trim() === "" || config.get("appendonly") === "yes")
        return pass();
      const age = needLatest(input, "redis.persistence.rdb_last_save_age");
      const changes = needLatest(input, "redis.persistence.rdb_changes_since_save");
      if (age < 86_400 || changes === 0) return pass();
      return fail({
        summary: `The last RDB save was ${formatDuration(age)} ago and ${formatCount(changes)} changes are not on disk.`,
        evidence: {
          "Last save": `${formatDuration(age)} ago`,
          "Changes since": formatCount(changes),
          save: needParam(config, "save"),
        },
        recommendation:
          "Check why the save rules do not trigger (too strict for the write rate) or why saves fail, and run BGSAVE.",
        command: "BGSAVE",
      });
    },
  },
];
