import type { z } from "zod";
import type { EngineKind } from "./engines.ts";

export interface SnapshotKindDef {
  /** The engine whose catalog defines it (Valkey targets send Redis's kinds). */
  engine: EngineKind;
  /** Schema of one row; the payload is refused when any row does not match. */
  row: z.ZodType;
  /** Collectors cap their rows at this and set `truncated`. */
  maxRows: number;
  description: string;
}
