import type { SnapshotKindDef } from "../../snapshot-kind.ts";
import {
  postgresExtensionSchema,
  postgresProgressSchema,
  postgresRoleSchema,
  postgresSessionSchema,
  postgresSettingSchema,
} from "./snapshot-rows.ts";

export const POSTGRES_SNAPSHOT_KINDS = {
  "postgres.activity": {
    engine: "postgres",
    row: postgresSessionSchema,
    maxRows: 1000,
    description: "Sessions that are not idle, and idle ones that block others.",
  },
  "postgres.settings": {
    engine: "postgres",
    row: postgresSettingSchema,
    maxRows: 2000,
    description: "Every setting of pg_settings, secrets masked.",
  },
  "postgres.roles": {
    engine: "postgres",
    row: postgresRoleSchema,
    maxRows: 2000,
    description: "Roles with their attributes and memberships.",
  },
  "postgres.extensions": {
    engine: "postgres",
    row: postgresExtensionSchema,
    maxRows: 500,
    description: "Extensions installed in the agent's database.",
  },
  "postgres.progress": {
    engine: "postgres",
    row: postgresProgressSchema,
    maxRows: 500,
    description: "VACUUM and ANALYZE operations in progress.",
  },
} as const satisfies Record<string, SnapshotKindDef>;
