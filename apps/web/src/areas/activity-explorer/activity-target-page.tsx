import { Group, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { AreaLinks } from "../../components/area-links.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { TargetGate } from "../../components/target-gate.tsx";
import { TargetPicker } from "../../components/target-picker.tsx";
import { TimeRangePicker } from "../../components/time-range-picker.tsx";
import { EngineModuleView } from "../../lib/engines/engine-module-view.tsx";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { parseMoment } from "./activity.utils.ts";
import { ACTIVITY_EXPLORER_ENGINES } from "./engine-modules.ts";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

const AREA = "activity-explorer";

export function ActivityTargetPage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const range = parseTimeRangeKey(search.get("range"));
  const moment = parseMoment(search.get("at"));
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);

  const update = (next: { range?: string; at?: string | null }) => {
    const params = new URLSearchParams({ range: next.range ?? range });
    const at = next.at === undefined ? moment : next.at;
    if (at) params.set("at", at);
    setSearch(params, { replace: true });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Activity Explorer"
        description="What the server was doing at any moment: sessions or clients, waits and blocking."
        actions={
          <Group gap="sm" justify="flex-end">
            <AreaLinks engine={target.data?.engine} targetId={targetId} current={AREA} />
            <TargetPicker
              targets={targets.data}
              isPending={targets.isPending}
              area={AREA}
              value={targetId}
              onChange={(id) => navigate(`/activity-explorer/${id}?range=${range}`)}
            />
            <TimeRangePicker value={range} onChange={(next) => update({ range: next })} />
          </Group>
        }
      />
      <TargetGate target={target} area={AREA} loadingLabel="Loading target…">
        {(data) => (
          <EngineModuleView
            area={AREA}
            engine={data.engine}
            modules={ACTIVITY_EXPLORER_ENGINES}
            moduleProps={{ targetId, range, moment, onMoment: (at) => update({ at }) }}
          />
        )}
      </TargetGate>
    </Stack>
  );
}
