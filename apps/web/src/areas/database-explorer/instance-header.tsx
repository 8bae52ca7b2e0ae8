import type { InstanceResponse, TargetSummary } from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";
import { Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { StatusBadge } from "../../components/status-badge.tsx";
import { themedText } from "../../components/theme-colors.ts";
import { roleText, versionText } from "../../lib/engines/engine-support.ts";
import { formatUptime } from "../../lib/format.utils.ts";
import { formatAbsoluteTime, formatRelativeTime } from "../../lib/time.utils.ts";
import { describeParts, describePartsCount, formatFact } from "./instance.utils.ts";

/**
 * The instance route's facts, falling back to the inventory of the target while that answer is
 * loading or unavailable.
 */
export function InstanceHeader({
  target,
  instance,
  now,
}: {
  target: TargetSummary;
  instance: InstanceResponse | undefined;
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
              {versionText(target.engine, version) ?? ENGINE_LABELS[target.engine]}
            </span>
          </Tooltip>
        </Fact>
        <Fact label="Role">
          <span data-testid="instance-role">
            {roleText(target.engine, instance?.role ?? target.role)}
          </span>
        </Fact>
        <Fact label="Uptime">
          <Tooltip label={`Started ${formatAbsoluteTime(startedAt)}`} withArrow>
            <span data-testid="instance-uptime">{formatUptime(startedAt, now)}</span>
          </Tooltip>
        </Fact>
        {instance?.facts.map((fact) => (
          <Fact key={fact.key} label={fact.label}>
            <span data-testid={`instance-fact-${fact.key}`}>{formatFact(fact)}</span>
          </Fact>
        ))}
        {instance && instance.parts.items.length > 0 && (
          <Fact label={instance.parts.label}>
            <PartsFact parts={instance.parts} />
          </Fact>
        )}
        <Fact label="Last seen">
          <Tooltip label={formatAbsoluteTime(target.lastSeenAt)} withArrow>
            <span>{formatRelativeTime(target.lastSeenAt, now)}</span>
          </Tooltip>
        </Fact>
        <Fact label="Agent">{target.agentName}</Fact>
        {target.endpoint && <Fact label="Endpoint">{target.endpoint}</Fact>}
      </Group>
      {target.lastError && (
        <Text size="xs" c={themedText("red")} mt="xs">
          Last error: {target.lastError}
        </Text>
      )}
    </Paper>
  );
}

function PartsFact({ parts }: { parts: InstanceResponse["parts"] }) {
  const label = (
    <Stack gap={0}>
      {describeParts(parts).map((line) => (
        <Text key={line} size="xs">
          {line}
        </Text>
      ))}
      <Text size="xs" opacity={0.7}>
        Collected {formatAbsoluteTime(parts.collectedAt)}
      </Text>
    </Stack>
  );
  return (
    <Tooltip label={label} withArrow>
      <span data-testid="instance-parts">{describePartsCount(parts)}</span>
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
