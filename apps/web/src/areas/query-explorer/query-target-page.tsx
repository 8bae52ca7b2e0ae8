import { Group, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { AreaLinks } from "../../components/area-links.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { TargetGate } from "../../components/target-gate.tsx";
import { TargetPicker } from "../../components/target-picker.tsx";
import { TimeRangePicker } from "../../components/time-range-picker.tsx";
import { EngineModuleView } from "../../lib/engines/engine-module-view.tsx";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { QUERY_EXPLORER_ENGINES } from "./engine-modules.ts";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

const AREA = "query-explorer";

export function QueryTargetPage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const range = parseTimeRangeKey(search.get("range"));
  const selected = search.get("selected");
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);

  const update = (next: { range?: string; selected?: string | null }) => {
    const params = new URLSearchParams({ range: next.range ?? range });
    const pick = next.selected === undefined ? selected : next.selected;
    if (pick) params.set("selected", pick);
    setSearch(params, { replace: true });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Query Explorer"
        description="What the server spends its time on: calls, time per call and errors, over the range."
        actions={
          <Group gap="sm" justify="flex-end">
            <AreaLinks engine={target.data?.engine} targetId={targetId} current={AREA} />
            <TargetPicker
              targets={targets.data}
              isPending={targets.isPending}
              area={AREA}
              value={targetId}
              onChange={(id) => navigate(`/query-explorer/${id}?range=${range}`)}
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
            modules={QUERY_EXPLORER_ENGINES}
            moduleProps={{
              targetId,
              range,
              selected,
              onSelect: (key) => update({ selected: key }),
            }}
          />
        )}
      </TargetGate>
    </Stack>
  );
}
