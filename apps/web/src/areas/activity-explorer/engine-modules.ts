import type { ComponentType } from "react";
import { lazyEngineModules } from "../../lib/engines/engine-module-view.tsx";
import type { TimeRangeKey } from "../../lib/time-range.ts";

/** What the page hands each engine's activity view. */
export interface ActivityExplorerEngineProps {
  targetId: string;
  range: TimeRangeKey;
  /** The moment whose snapshot is shown; null follows the latest one. */
  moment: string | null;
  onMoment: (at: string | null) => void;
}

/** Every `engines/<module>/index.tsx` of this area, loaded when a target of that engine opens. */
export const ACTIVITY_EXPLORER_ENGINES = lazyEngineModules(
  import.meta.glob<{ default: ComponentType<ActivityExplorerEngineProps> }>(
    "./engines/*/index.tsx",
  ),
);
