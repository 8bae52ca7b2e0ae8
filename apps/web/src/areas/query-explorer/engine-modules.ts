import type { ComponentType } from "react";
import { lazyEngineModules } from "../../lib/engines/engine-module-view.tsx";
import type { TimeRangeKey } from "../../lib/time-range.ts";

/** What the page hands each engine's query or command analytics. */
export interface QueryExplorerEngineProps {
  targetId: string;
  range: TimeRangeKey;
  /** The query or command whose history is open; null for none. */
  selected: string | null;
  onSelect: (key: string | null) => void;
}

/** Every `engines/<module>/index.tsx` of this area, loaded when a target of that engine opens. */
export const QUERY_EXPLORER_ENGINES = lazyEngineModules(
  import.meta.glob<{ default: ComponentType<QueryExplorerEngineProps> }>("./engines/*/index.tsx"),
);
