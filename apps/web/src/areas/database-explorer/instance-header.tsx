import type { PostgresInstanceResponse, TargetSummary } from "@logstag/api-contract";
import { Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatAbsoluteTime, formatRelativeTime } from "../../lib/time.utils.ts";
import { formatUptime } from "./database-explorer.utils.ts";
import { describeRole, formatBytes, shortVersion } from "./format.utils.ts";

/**
 * The instance facts from the PostgreSQL instance route, falling back to the inventory of the
 * target while that answer is loading or unavailable.
 */
export function InstanceHeader({
  target,
  instance,
  now,
}: {
  target: TargetSummary;
  instance: PostgresInstanceResponse | undefined;
  now: Date;
}) {
  const version = instance?.version ?? target.version;
  const startedAt = instance?.startedAt ?? target.startedAt;
  return (
    <Paper withBorder radius="sm" px="md" py="sm" data-testid="instance-header">
      <Group gap="lg" wrap="wrap" align="flex-start">
        <Fact label="Instance">
          <Group gap="xs">
            <Text fw={600} size="sm" data-testid="instance-name">
              {target.name}
            </Text>
            <StatusBadge status={target.status} />
          </Group>
        </Fact>
        <Fact label="Version">
          <Tooltip label={version ?? "Not reported yet"} withArrow multiline maw={420}>
            <span data-testid="instance-version">
              {version ? `PostgreSQL ${shortVersion(version)}` : "–"}
            </span>
          </Tooltip>
        </Fact>
        <Fact label="Role">
          <span data-testid="instance-role">{describeRole(instance?.role ?? target.role)}</span>
        </Fact>
        <Fact label="Uptime">
          <Tooltip label={`Started ${formatAbsoluteTime(startedAt)}`} withArrow>
            <span>{formatUptime(startedAt, now)}</span>
          </Tooltip>
        </Fact>
        <Fact label="Size">
          <SizeFact instance={instance} />
        </Fact>
        <Fact label="Max connections">{instance?.maxConnections ?? "–"}</Fact>
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

function SizeFact({ instance }: { instance: PostgresInstanceResponse | undefined }) {
  if (!instance || instance.totalSizeBytes === null) return <span>–</span>;
  const databases = [...instance.databases].sort((a, b) => b.sizeBytes - a.sizeBytes);
  const label = (
    <Stack gap={0}>
      {databases.map((db) => (
        <Text key={db.name} size="xs">
          {db.name}: {formatBytes(db.sizeBytes)}
        </Text>
      ))}
      <Text size="xs" c="gray.4">
        Collected {formatAbsoluteTime(instance.sizesCollectedAt)}
      </Text>
    </Stack>
  );
  return (
    <Tooltip label={label} withArrow>
      <span data-testid="instance-size">
        {formatBytes(instance.totalSizeBytes)} in {databases.length}{" "}
        {databases.length === 1 ? "database" : "databases"}
      </span>
    </Tooltip>
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
