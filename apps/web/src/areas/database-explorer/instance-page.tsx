import { Button, Group, Stack, Tabs } from "@mantine/core";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { TargetGate } from "../../components/target-gate.tsx";
import { TargetPicker } from "../../components/target-picker.tsx";
import { isPostgresTarget } from "../../components/target-picker.utils.ts";
import { TimeRangePicker } from "../../components/time-range-picker.tsx";
import { parseTimeRangeKey, type TimeRangeKey } from "../../lib/time-range.ts";
import { useNow } from "../../lib/use-now.ts";
import { InstanceHeader } from "./instance-header.tsx";
import { useInstanceQuery } from "./instance-query.ts";
import { MetricPanels } from "./metric-panels.tsx";
import { RolesPanel } from "./roles-panel.tsx";
import { SettingsPanel } from "./settings-panel.tsx";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

const TABS = ["metrics", "settings", "roles"] as const;
type Tab = (typeof TABS)[number];

export function InstancePage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const range = parseTimeRangeKey(search.get("range"));
  const tab = parseTab(search.get("tab"));
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);
  const supported = target.data ? isPostgresTarget(target.data) : false;
  const instance = useInstanceQuery(targetId, supported);
  const now = useNow();

  const update = (next: { range?: TimeRangeKey; tab?: Tab }) =>
    setSearch({ range: next.range ?? range, tab: next.tab ?? tab }, { replace: true });
  const openTarget = (id: string) => navigate(`/database-explorer/${id}?range=${range}&tab=${tab}`);

  return (
    <Stack gap="md">
      <PageHeader
        title="Database Explorer"
        description="Instance metrics over time, settings and roles."
        actions={
          <Group gap="sm" wrap="nowrap">
            <Button
              component={Link}
              to={`/activity-explorer/${targetId}`}
              variant="subtle"
              size="xs"
              data-testid="open-activity-explorer"
            >
              Sessions and blocking →
            </Button>
            <TargetPicker
              targets={targets.data}
              isPending={targets.isPending}
              isSupported={isPostgresTarget}
              value={targetId}
              onChange={openTarget}
            />
            {tab === "metrics" && (
              <TimeRangePicker value={range} onChange={(next) => update({ range: next })} />
            )}
          </Group>
        }
      />
      <TargetGate
        target={target}
        loadingLabel="Loading instance…"
        unsupported="This build of the Database Explorer shows PostgreSQL instances only."
      >
        {(data) => (
          <>
            <InstanceHeader target={data} instance={instance.data} now={now} />
            <Tabs
              value={tab}
              onChange={(next) => update({ tab: parseTab(next) })}
              keepMounted={false}
            >
              <Tabs.List mb="md">
                <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
                <Tabs.Tab value="settings" data-testid="tab-settings">
                  Settings
                </Tabs.Tab>
                <Tabs.Tab value="roles" data-testid="tab-roles">
                  Roles
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="metrics">
                <MetricPanels targetId={targetId} range={range} />
              </Tabs.Panel>
              <Tabs.Panel value="settings">
                <SettingsPanel targetId={targetId} now={now} />
              </Tabs.Panel>
              <Tabs.Panel value="roles">
                <RolesPanel targetId={targetId} now={now} />
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </TargetGate>
    </Stack>
  );
}

function parseTab(value: string | null): Tab {
  return TABS.find((tab) => tab === value) ?? "metrics";
}
