import { Group, Stack } from "@mantine/core";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { AreaLinks } from "../../components/area-links.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { TargetGate } from "../../components/target-gate.tsx";
import { TargetPicker } from "../../components/target-picker.tsx";
import { EngineModuleView } from "../../lib/engines/engine-module-view.tsx";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { SCHEMA_EXPLORER_ENGINES } from "./engine-modules.ts";
import { useTargetQuery, useTargetsQuery } from "./queries.ts";

const AREA = "schema-explorer";

export function SchemaTargetPage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const range = parseTimeRangeKey(search.get("range") ?? "7d");
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);

  const setParam = (name: string, value: string | null) => {
    const params = new URLSearchParams(search);
    if (value === null || value === "") params.delete(name);
    else params.set(name, value);
    setSearch(params, { replace: true });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Schema Explorer"
        description="The latest schema of each database, its problems, and what changed."
        actions={
          <Group gap="sm" wrap="nowrap">
            <AreaLinks engine={target.data?.engine} targetId={targetId} current={AREA} />
            <TargetPicker
              targets={targets.data}
              isPending={targets.isPending}
              area={AREA}
              value={targetId}
              onChange={(id) => navigate(`/schema-explorer/${id}?range=${range}`)}
            />
          </Group>
        }
      />
      <TargetGate target={target} area={AREA} loadingLabel="Loading target…">
        {(data) => (
          <EngineModuleView
            area={AREA}
            engine={data.engine}
            modules={SCHEMA_EXPLORER_ENGINES}
            moduleProps={{
              targetId,
              range,
              onRange: (next) => setParam("range", next),
              params: search,
              setParam,
            }}
          />
        )}
      </TargetGate>
    </Stack>
  );
}
