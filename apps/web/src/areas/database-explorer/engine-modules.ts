import type { ComponentType } from "react";
import { lazyEngineModules } from "../../lib/engines/engine-module-view.tsx";
import type { TimeRangeKey } from "../../lib/time-range.ts";

/** What the page hands each engine's panels; the tab named "metrics" follows the time range. */
export interface DatabaseExplorerEngineProps {
  targetId: string;
  range: TimeRangeKey;
  tab: string;
  onTab: (tab: string) => void;
  now: Date;
}

/** Every `engines/<module>/index.tsx` of this area, loaded when a target of that engine opens. */
export const DATABASE_EXPLORER_ENGINES = lazyEngineModules(
  import.meta.glob<{ default: ComponentType<DatabaseExplorerEngineProps> }>(
    "./engines/*/index.tsx",
  ),
);
