import { Button, Group, Paper, Stack, Title, Tooltip } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useSession } from "../../lib/session/use-session.ts";
import { ChannelModal } from "./channel-modal.tsx";
import { useChannelsQuery } from "./channels-query.ts";
import { ChannelsSection } from "./channels-section.tsx";
import { PoliciesSection } from "./policies-section.tsx";
import { PolicyModal } from "./policy-modal.tsx";

const NEED_MANAGE = "Only Admins can manage integrations";

export function IntegrationsPage() {
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Where alerts are sent: Slack, webhooks and e-mail, and the policies that route them."
      />
      <RequireAccess access="integrations.read">
        <IntegrationsView />
      </RequireAccess>
    </>
  );
}

function IntegrationsView() {
  const { capabilities } = useSession();
  const canManage = capabilities.includes("integrations.manage");
  const channels = useChannelsQuery();
  const [adding, setAdding] = useState<"channel" | "policy" | null>(null);
  return (
    <Stack gap="md">
      <Paper withBorder radius="sm">
        <SectionTitle title="Notification channels">
          <Tooltip label={NEED_MANAGE} disabled={canManage}>
            <Button
              size="xs"
              disabled={!canManage}
              onClick={() => setAdding("channel")}
              data-testid="channel-new"
            >
              New channel
            </Button>
          </Tooltip>
        </SectionTitle>
        <ChannelsSection canManage={canManage} />
      </Paper>
      <Paper withBorder radius="sm">
        <SectionTitle title="Notification policies">
          <Tooltip label={NEED_MANAGE} disabled={canManage}>
            <Button
              size="xs"
              disabled={!canManage || !channels.data?.length}
              onClick={() => setAdding("policy")}
              data-testid="policy-new"
            >
              New policy
            </Button>
          </Tooltip>
        </SectionTitle>
        <PoliciesSection canManage={canManage} channels={channels.data ?? []} />
      </Paper>
      <ChannelModal opened={adding === "channel"} onClose={() => setAdding(null)} />
      <PolicyModal
        opened={adding === "policy"}
        channels={channels.data ?? []}
        onClose={() => setAdding(null)}
      />
    </Stack>
  );
}

function SectionTitle({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Group justify="space-between" px="md" pt="sm" pb={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Group>
  );
}
