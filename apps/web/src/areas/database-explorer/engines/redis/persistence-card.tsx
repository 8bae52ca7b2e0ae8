import { Badge, Group, Paper, Text } from "@mantine/core";
import { useMemo } from "react";
import type { TimeRangeKey } from "../../../../lib/time-range.ts";
import { useSeriesQuery } from "../../series-query.ts";
import { type CheckState, persistenceChecks } from "./persistence.utils.ts";
import { STATE_METRICS } from "./redis-charts.utils.ts";

const COLORS: Record<CheckState, string> = {
  ok: "green",
  failed: "red",
  running: "blue",
  off: "gray",
  unknown: "gray",
};

/** The newest persistence outcomes (RDB save, AOF) as badges above the charts. */
export function PersistenceCard({ targetId, range }: { targetId: string; range: TimeRangeKey }) {
  const series = useSeriesQuery({ targetId, metrics: STATE_METRICS, range });
  const checks = useMemo(() => (series.data ? persistenceChecks(series.data) : []), [series.data]);
  if (checks.length === 0) return null;
  return (
    <Paper withBorder radius="sm" px="md" py="xs" mb="md" data-testid="persistence-checks">
      <Group gap="lg">
        <Text size="sm" fw={600}>
          Persistence
        </Text>
        {checks.map((check) => (
          <Group key={check.key} gap={6} data-testid="persistence-check" data-key={check.key}>
            <Text size="sm" c="dimmed">
              {check.label}
            </Text>
            <Badge size="sm" variant="light" color={COLORS[check.state]}>
              {check.text}
            </Badge>
          </Group>
        ))}
      </Group>
    </Paper>
  );
}
