import type { Silence } from "@logstag/api-contract";
import { Badge, Button, Paper, Table, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useSession } from "../../lib/session/use-session.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import { AlertsSubnav } from "./alerts-subnav.tsx";
import { useRulesQuery } from "./rules-query.ts";
import { SilenceModal } from "./silence-modal.tsx";
import { useEndSilenceMutation } from "./silence-mutations.ts";
import { describeMatchers, sortSilences } from "./silences.utils.ts";
import { useSilencesQuery } from "./silences-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

const NEED_OPERATE = "Viewers cannot create or end silences";

export function SilencesPage() {
  const { capabilities } = useSession();
  const canOperate = capabilities.includes("alerts.operate");
  const [creating, setCreating] = useState(false);
  const rules = useRulesQuery();
  const targets = useTargetsQuery();
  const ruleOptions = (rules.data ?? []).map((r) => ({ value: r.id, label: r.name }));
  const targetOptions = (targets.data ?? []).map((t) => ({ value: t.id, label: t.name }));
  const engines = [...new Set((targets.data ?? []).map((t) => t.engine))].sort();
  const names = {
    rules: new Map(ruleOptions.map((o) => [o.value, o.label])),
    targets: new Map(targetOptions.map((o) => [o.value, o.label])),
  };
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Silences hold back notifications for matching alerts for a while."
        actions={
          <Tooltip label={NEED_OPERATE} disabled={canOperate}>
            <Button
              size="sm"
              disabled={!canOperate}
              onClick={() => setCreating(true)}
              data-testid="silence-new"
            >
              New silence
            </Button>
          </Tooltip>
        }
      />
      <AlertsSubnav />
      <RequireAccess access="alerts.read">
        <Paper withBorder radius="sm">
          <SilencesList canOperate={canOperate} names={names} />
        </Paper>
        <SilenceModal
          opened={creating}
          rules={ruleOptions}
          targets={targetOptions}
          engines={engines}
          onClose={() => setCreating(false)}
        />
      </RequireAccess>
    </>
  );
}

function SilencesList({
  canOperate,
  names,
}: {
  canOperate: boolean;
  names: Parameters<typeof describeMatchers>[1];
}) {
  const silences = useSilencesQuery();
  const end = useEndSilenceMutation();
  if (silences.isPending) return <LoadingState label="Loading silences…" />;
  if (silences.isError)
    return <ErrorState error={silences.error} onRetry={() => silences.refetch()} />;
  if (silences.data.length === 0)
    return <EmptyPageState title="No silence" description="Nothing is or was silenced." />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} fz="sm" data-testid="silences-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Matches</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>Until</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortSilences(silences.data).map((silence: Silence) => (
            <Table.Tr key={silence.id} data-testid="silence-row">
              <Table.Td>
                {describeMatchers(silence.matchers, names)}
                <Text size="xs" c="dimmed">
                  by {silence.createdBy}
                </Text>
              </Table.Td>
              <Table.Td>{silence.reason}</Table.Td>
              <Table.Td>{formatAbsoluteTime(silence.startsAt)}</Table.Td>
              <Table.Td>{formatAbsoluteTime(silence.endsAt)}</Table.Td>
              <Table.Td>
                {silence.active ? (
                  <Tooltip label={NEED_OPERATE} disabled={canOperate}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      disabled={!canOperate}
                      loading={end.isPending && end.variables === silence.id}
                      onClick={() => end.mutate(silence.id)}
                      data-testid="silence-end"
                    >
                      End now
                    </Button>
                  </Tooltip>
                ) : (
                  <Badge color="gray" variant="light">
                    ended
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {end.isError && <ErrorState title="Could not end the silence" error={end.error} />}
    </Table.ScrollContainer>
  );
}
