import type { TargetSummary } from "@logstag/api-contract";
import { Anchor, Group, Table, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { LastSeen } from "../../components/last-seen.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { themedText } from "../../components/theme-colors.ts";
import { canAccess } from "../../lib/session/access.ts";
import { useSession } from "../../lib/session/use-session.ts";
import {
  engineLabel,
  explorerPath,
  sortTargets,
  targetAreaLinks,
  versionLabel,
} from "./assets.utils.ts";
import { DiagnosticsBadge } from "./diagnostics-badge.tsx";
import { TargetTags } from "./target-tags.tsx";
import { TargetTagsModal } from "./target-tags-modal.tsx";

export function TargetsTable({ targets, now }: { targets: readonly TargetSummary[]; now: Date }) {
  const { capabilities } = useSession();
  const canTag = canAccess(capabilities, "assets.manage");
  const [tagging, setTagging] = useState<TargetSummary | null>(null);
  return (
    <>
      <TargetsGrid targets={targets} now={now} onEditTags={canTag ? setTagging : undefined} />
      <TargetTagsModal target={tagging} onClose={() => setTagging(null)} />
    </>
  );
}

function TargetsGrid({
  targets,
  now,
  onEditTags,
}: {
  targets: readonly TargetSummary[];
  now: Date;
  onEditTags: ((target: TargetSummary) => void) | undefined;
}) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="targets-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Engine</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Privileges</Table.Th>
            <Table.Th>Last seen</Table.Th>
            <Table.Th>Agent</Table.Th>
            <Table.Th>Last error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortTargets(targets).map((target) => (
            <TargetRow key={target.id} target={target} now={now} onEditTags={onEditTags} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TargetRow({
  target,
  now,
  onEditTags,
}: {
  target: TargetSummary;
  now: Date;
  onEditTags: ((target: TargetSummary) => void) | undefined;
}) {
  const path = explorerPath(target);
  return (
    <Table.Tr data-testid="target-row" data-target-name={target.name} data-target-id={target.id}>
      <Table.Td>
        {path ? (
          <Anchor component={Link} to={path} fw={500} size="sm" data-testid="target-link">
            {target.name}
          </Anchor>
        ) : (
          <Text span fw={500} size="sm">
            {target.name}
          </Text>
        )}
        {target.endpoint && (
          <Text size="xs" c="dimmed">
            {target.endpoint}
          </Text>
        )}
        <AreaLinks target={target} />
      </Table.Td>
      <Table.Td>
        <TargetTags target={target} onEdit={onEditTags} />
      </Table.Td>
      <Table.Td data-testid="target-engine">{engineLabel(target.engine)}</Table.Td>
      <Table.Td data-testid="target-version">
        {target.version ? (
          <Tooltip label={target.version} withArrow multiline maw={420}>
            <span>{versionLabel(target)}</span>
          </Tooltip>
        ) : (
          <Dim />
        )}
      </Table.Td>
      <Table.Td data-testid="target-role">{target.role ?? <Dim />}</Table.Td>
      <Table.Td>
        <StatusBadge status={target.status} />
      </Table.Td>
      <Table.Td>
        {target.diagnostics && target.diagnostics.length > 0 ? (
          <DiagnosticsBadge targetName={target.name} diagnostics={target.diagnostics} now={now} />
        ) : (
          <Dim />
        )}
      </Table.Td>
      <Table.Td>
        <LastSeen at={target.lastSeenAt} now={now} />
      </Table.Td>
      <Table.Td>{target.agentName}</Table.Td>
      <Table.Td maw={320}>
        {target.lastError ? (
          <Tooltip label={target.lastError} multiline maw={480} withArrow>
            <Text size="xs" c={themedText("red")} lineClamp={2} data-testid="target-last-error">
              {target.lastError}
            </Text>
          </Tooltip>
        ) : (
          <Dim />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Dim() {
  return (
    <Text span c="dimmed" size="sm">
      –
    </Text>
  );
}

function AreaLinks({ target }: { target: TargetSummary }) {
  const links = targetAreaLinks(target);
  if (links.length === 0) return null;
  return (
    <Group gap={8} wrap="nowrap" mt={2}>
      {links.map((link) => (
        <Anchor
          key={link.area}
          component={Link}
          to={link.path}
          size="xs"
          data-testid={`target-open-${link.area}`}
        >
          {link.title.replace(" Explorer", "")} →
        </Anchor>
      ))}
    </Group>
  );
}
