import type { ComponentType } from "react";
import { lazyEngineModules } from "../../lib/engines/engine-module-view.tsx";
import type { TimeRangeKey } from "../../lib/time-range.ts";

/** What the page hands each engine's schema view. */
export interface SchemaExplorerEngineProps {
  targetId: string;
  /** The window of the change timeline. */
  range: TimeRangeKey;
  onRange: (range: TimeRangeKey) => void;
  /** Search parameters the engine keeps in the address (tab, filters). */
  params: URLSearchParams;
  setParam: (name: string, value: string | null) => void;
}

/** Every `engines/<module>/index.tsx` of this area, loaded when a target of that engine opens. */
export const SCHEMA_EXPLORER_ENGINES = lazyEngineModules(
  import.meta.glob<{ default: ComponentType<SchemaExplorerEngineProps> }>("./engines/*/index.tsx"),
);
