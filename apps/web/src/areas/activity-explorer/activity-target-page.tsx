import { Button, Group, Stack } from "@mantine/core";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { TargetGate } from "../../components/target-gate.tsx";
import { TargetPicker } from "../../components/target-picker.tsx";
import { isPostgresTarget } from "../../components/target-picker.utils.ts";
import { TimeRangePicker } from "../../components/time-range-picker.tsx";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { AasPanel } from "./aas-panel.tsx";
import { parseMoment } from "./activity.utils.ts";
import { SampleView } from "./sample-view.tsx";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

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
        description="Active sessions by wait; sessions, locks and blocking at any moment."
        actions={
          <Group gap="sm" wrap="nowrap">
            <Button
              component={Link}
              to={`/database-explorer/${targetId}`}
              variant="subtle"
              size="xs"
              data-testid="open-database-explorer"
            >
              Instance metrics →
            </Button>
            <TargetPicker
              targets={targets.data}
              isPending={targets.isPending}
              isSupported={isPostgresTarget}
              value={targetId}
              onChange={(id) => navigate(`/activity-explorer/${id}?range=${range}`)}
            />
            <TimeRangePicker value={range} onChange={(next) => update({ range: next })} />
          </Group>
        }
      />
      <TargetGate
        target={target}
        loadingLabel="Loading target…"
        unsupported="This build of the Activity Explorer shows PostgreSQL sessions only."
      >
        {() => (
          <>
            <AasPanel
              targetId={targetId}
              range={range}
              moment={moment}
              onPick={(at) => update({ at })}
            />
            <SampleView
              targetId={targetId}
              range={range}
              moment={moment}
              onMoment={(at) => update({ at })}
            />
          </>
        )}
      </TargetGate>
    </Stack>
  );
}
