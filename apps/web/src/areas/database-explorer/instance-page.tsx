import { Group, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { AreaLinks } from "../../components/area-links.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { TargetGate } from "../../components/target-gate.tsx";
import { TargetPicker } from "../../components/target-picker.tsx";
import { TimeRangePicker } from "../../components/time-range-picker.tsx";
import { EngineModuleView } from "../../lib/engines/engine-module-view.tsx";
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
  const navigate = useNavigate();
  const range = parseTimeRangeKey(search.get("range"));
  const tab = search.get("tab") ?? METRICS_TAB;
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);
  const supported = target.data ? supportsArea(target.data.engine, AREA) : false;
  const instance = useInstanceQuery(targetId, supported);
  const now = useNow();

  const update = (next: { range?: TimeRangeKey; tab?: string }) =>
    setSearch({ range: next.range ?? range, tab: next.tab ?? tab }, { replace: true });
  const openTarget = (id: string) => navigate(`/database-explorer/${id}?range=${range}`);

  return (
    <Stack gap="md">
      <PageHeader
        title="Database Explorer"
        description="Instance metrics over time, and the engine's configuration."
        actions={
          <Group gap="sm" justify="flex-end">
            <AreaLinks engine={target.data?.engine} targetId={targetId} current={AREA} />
            <TargetPicker
              targets={targets.data}
              isPending={targets.isPending}
              area={AREA}
              value={targetId}
              onChange={openTarget}
            />
            {tab === METRICS_TAB && (
              <TimeRangePicker value={range} onChange={(next) => update({ range: next })} />
            )}
          </Group>
        }
      />
      <TargetGate target={target} area={AREA} loadingLabel="Loading instance…">
        {(data) => (
          <>
            <InstanceHeader target={data} instance={instance.data} now={now} />
            <EngineModuleView
              area={AREA}
              engine={data.engine}
              modules={DATABASE_EXPLORER_ENGINES}
              moduleProps={{ targetId, range, tab, onTab: (next) => update({ tab: next }), now }}
            />
          </>
        )}
      </TargetGate>
    </Stack>
  );
}
