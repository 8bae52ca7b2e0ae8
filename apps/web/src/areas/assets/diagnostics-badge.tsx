import type { TargetDiagnostic } from "@logstag/api-contract";
import { Badge, Code, Group, Modal, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { CopyTextButton } from "../../components/copy-text-button.tsx";
import { formatRelativeTime } from "../../lib/time.utils.ts";
import { describeDiagnosticsCount, joinFixes, sortDiagnostics } from "./assets.utils.ts";

/** "⚠ 2 missing", opening what is missing, what it costs and the statement that fixes it. */
export function DiagnosticsBadge({
  targetName,
  diagnostics,
  now,
}: {
  targetName: string;
  diagnostics: readonly TargetDiagnostic[];
  now: Date;
}) {
  const [open, setOpen] = useState(false);
  if (diagnostics.length === 0) return null;
  const sorted = sortDiagnostics(diagnostics);
  return (
    <>
      <Tooltip
        label="Privileges or settings the collectors need are missing. Click for what each hides and the statement that fixes it."
        multiline
        maw={300}
        withArrow
      >
        <UnstyledButton onClick={() => setOpen(true)} aria-label="Show missing privileges">
          <Badge
            color="orange"
            variant="light"
            size="sm"
            radius="sm"
            tt="none"
            leftSection={<span aria-hidden>⚠</span>}
            style={{ cursor: "pointer" }}
            data-testid="target-diagnostics"
            data-count={diagnostics.length}
          >
            {describeDiagnosticsCount(diagnostics.length)}
          </Badge>
        </UnstyledButton>
      </Tooltip>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={<Text fw={600}>{targetName}: what the collectors cannot see</Text>}
        size="lg"
      >
        <Stack gap="md" data-testid="diagnostics-details">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              Run these statements as a superuser on the monitored server; the next collection picks
              them up.
            </Text>
            <CopyTextButton
              value={joinFixes(sorted)}
              label="Copy all fixes"
              testId="copy-all-fixes"
            />
          </Group>
          {sorted.map((diagnostic) => (
            <Stack
              key={`${diagnostic.collector}/${diagnostic.code}`}
              gap={4}
              data-testid="diagnostic"
              data-code={diagnostic.code}
            >
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  Missing: {diagnostic.missing}
                </Text>
                <Text size="xs" c="dimmed">
                  {diagnostic.collector} · {formatRelativeTime(diagnostic.reportedAt, now)}
                </Text>
              </Group>
              <Text size="sm">{diagnostic.impact}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Code block fz="xs" style={{ flex: 1, whiteSpace: "pre-wrap" }}>
                  {diagnostic.fix}
                </Code>
                <CopyTextButton value={diagnostic.fix} testId="copy-fix" />
              </Group>
            </Stack>
          ))}
        </Stack>
      </Modal>
    </>
  );
}
