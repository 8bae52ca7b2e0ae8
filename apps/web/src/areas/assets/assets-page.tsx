import { Code, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { useNow } from "../../lib/use-now.ts";
import { AgentsTable } from "./agents-table.tsx";
import { summarizeTargets } from "./assets.utils.ts";
import { useAssetsQuery } from "./assets-query.ts";
import { TargetsTable } from "./targets-table.tsx";

export function AssetsPage() {
  const assets = useAssetsQuery();
  const now = useNow();
  const data = assets.data;

  return (
    <Stack gap="md">
      <PageHeader
        title="Assets"
        description={
          data && data.agents.length > 0
            ? summarizeTargets(data.targets)
            : "Agents and the database targets they monitor."
        }
      />
      {assets.isPending ? (
        <LoadingState label="Loading agents and targets…" />
      ) : assets.isError && !data ? (
        <ErrorState error={assets.error} onRetry={() => assets.refetch()} />
      ) : data && data.agents.length === 0 && data.targets.length === 0 ? (
        <EmptyPageState
          title="No agents have reported yet"
          description={
            <>
              Start an agent next to your databases, e.g.{" "}
              <Code>logstag-agent run --config logstag-agent.toml</Code>, with the agent key of this
              organization. Its targets appear here within a few seconds.
            </>
          }
        />
      ) : data ? (
        <>
          <Section title="Targets">
            {data.targets.length === 0 ? (
              <Text size="sm" c="dimmed" p="md">
                The agents have not reported any database targets yet.
              </Text>
            ) : (
              <TargetsTable targets={data.targets} now={now} />
            )}
          </Section>
          <Section title="Agents">
            <AgentsTable agents={data.agents} now={now} />
          </Section>
        </>
      ) : null}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="sm">
      <Title order={3} size="h5" px="md" pt="sm" pb={4}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
