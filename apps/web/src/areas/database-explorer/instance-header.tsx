import type { TargetSummary } from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";
import { Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatAbsoluteTime, formatRelativeTime } from "../../lib/time.utils.ts";
import { formatUptime } from "./database-explorer.utils.ts";

export function InstanceHeader({ target, now }: { target: TargetSummary; now: Date }) {
  return (
    <Paper withBorder radius="sm" px="md" py="sm" data-testid="instance-header">
      <Group gap="xl" wrap="wrap" align="flex-start">
        <Fact label="Instance">
          <Group gap="xs">
            <Text fw={600} size="sm" data-testid="instance-name">
              {target.name}
            </Text>
            <StatusBadge status={target.status} />
          </Group>
        </Fact>
        <Fact label="Engine">{ENGINE_LABELS[target.engine]}</Fact>
        <Fact label="Version">{target.version ?? "–"}</Fact>
        <Fact label="Role">{target.role ?? "–"}</Fact>
        <Fact label="Uptime">
          <Tooltip label={`Started ${formatAbsoluteTime(target.startedAt)}`} withArrow>
            <span>{formatUptime(target.startedAt, now)}</span>
          </Tooltip>
        </Fact>
        <Fact label="Last seen">
          <Tooltip label={formatAbsoluteTime(target.lastSeenAt)} withArrow>
            <span>{formatRelativeTime(target.lastSeenAt, now)}</span>
          </Tooltip>
        </Fact>
        <Fact label="Agent">{target.agentName}</Fact>
        {target.endpoint && <Fact label="Endpoint">{target.endpoint}</Fact>}
      </Group>
      {target.lastError && (
        <Text size="xs" c="red.8" mt="xs">
          Last error: {target.lastError}
        </Text>
      )}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text component="div" size="sm">
        {children}
      </Text>
    </Stack>
  );
}
