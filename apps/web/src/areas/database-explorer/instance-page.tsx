import { useParams, useSearchParams } from "react-router";
import { ExplorerTargetPage } from "../../components/explorer-target-page.tsx";
import { supportsArea } from "../../lib/engines/engine-support.ts";
import { parseTimeRangeKey, type TimeRangeKey } from "../../lib/time-range.ts";
import { useNow } from "../../lib/use-now.ts";
import { DATABASE_EXPLORER_ENGINES } from "./engine-modules.ts";
import { InstanceHeader } from "./instance-header.tsx";
import { useInstanceQuery } from "./instance-query.ts";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

const AREA = "database-explorer";
const METRICS_TAB = "metrics";

export function InstancePage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const range = parseTimeRangeKey(search.get("range"));
  const tab = search.get("tab") ?? METRICS_TAB;
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);
  const supported = target.data ? supportsArea(target.data.engine, AREA) : false;
  const instance = useInstanceQuery(targetId, supported);
  const now = useNow();

  const update = (next: { range?: TimeRangeKey; tab?: string }) =>
    setSearch({ range: next.range ?? range, tab: next.tab ?? tab }, { replace: true });

  return (
    <ExplorerTargetPage
      area={AREA}
      description="Instance metrics over time, and the engine's configuration."
      targetId={targetId}
      targets={targets}
      target={target}
      range={range}
      onRange={tab === METRICS_TAB ? (next) => update({ range: next }) : undefined}
      loadingLabel="Loading instance…"
      intro={(data) => <InstanceHeader target={data} instance={instance.data} now={now} />}
      modules={DATABASE_EXPLORER_ENGINES}
      moduleProps={{ targetId, range, tab, onTab: (next) => update({ tab: next }), now }}
    />
  );
}
