import type { AlertRule } from "@logstag/api-contract";
import { Button, Paper, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useSession } from "../../lib/session/use-session.ts";
import { AlertsSubnav } from "./alerts-subnav.tsx";
import { RuleFormModal } from "./rule-form-modal.tsx";
import { useDeleteRuleMutation } from "./rule-mutations.ts";
import { useRulesQuery } from "./rules-query.ts";
import { RulesTable } from "./rules-table.tsx";
import { useTargetsQuery } from "./targets-query.ts";
import { useTemplatesQuery } from "./templates-query.ts";

type Editing = { rule: AlertRule | null } | null;

export function RulesPage() {
  const { capabilities } = useSession();
  const canManage = capabilities.includes("alert-rules.manage");
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);
  const templates = useTemplatesQuery();
  const targets = useTargetsQuery();
  const remove = useDeleteRuleMutation();
  const ready = templates.isSuccess && targets.isSuccess;
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Alert rules, each made from a template of the library."
        actions={
          <Tooltip label="Only Admins can create alert rules" disabled={canManage}>
            <Button
              size="sm"
              disabled={!canManage || !ready}
              onClick={() => setEditing({ rule: null })}
              data-testid="rule-new"
            >
              New rule
            </Button>
          </Tooltip>
        }
      />
      <AlertsSubnav />
      <RequireAccess access="alerts.read">
        <Paper withBorder radius="sm">
          <RulesList
            canManage={canManage}
            onEdit={(rule) => setEditing({ rule })}
            onDelete={setDeleting}
          />
        </Paper>
        {templates.isError && (
          <Text size="sm" c="red" mt="sm">
            The template library could not be loaded, so rules cannot be created or edited.
          </Text>
        )}
        <RuleFormModal
          opened={editing !== null && ready}
          rule={editing?.rule ?? null}
          templates={templates.data ?? []}
          targets={targets.data ?? []}
          onClose={() => setEditing(null)}
        />
        <ConfirmModal
          opened={deleting !== null}
          title="Delete rule"
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
          }
          onClose={() => {
            setDeleting(null);
            remove.reset();
          }}
        >
          Delete “{deleting?.name}” and its alerts? Their history stays in the audit log.
        </ConfirmModal>
      </RequireAccess>
    </>
  );
}

function RulesList({
  canManage,
  onEdit,
  onDelete,
}: {
  canManage: boolean;
  onEdit: (rule: AlertRule) => void;
  onDelete: (rule: AlertRule) => void;
}) {
  const rules = useRulesQuery();
  if (rules.isPending) return <LoadingState label="Loading rules…" />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => rules.refetch()} />;
  if (rules.data.length === 0)
    return (
      <EmptyPageState
        title="No alert rule yet"
        description={
          canManage
            ? "Create one from a template with “New rule”."
            : "An Admin can create rules from the template library."
        }
      />
    );
  return (
    <RulesTable rules={rules.data} canManage={canManage} onEdit={onEdit} onDelete={onDelete} />
  );
}
