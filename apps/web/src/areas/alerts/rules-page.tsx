import type { AlertRule } from "@logstag/api-contract";
import { Button, Paper, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { DeleteConfirmModal } from "../../components/delete-confirm-modal.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { QueryList } from "../../components/query-list.tsx";
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
        <DeleteConfirmModal
          item={deleting}
          title="Delete rule"
          remove={remove}
          alongWith=" and its alerts"
          consequence="Their history stays in the audit log."
          onClose={() => setDeleting(null)}
        />
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
  return (
    <QueryList
      query={useRulesQuery()}
      loadingLabel="Loading rules…"
      empty={{
        title: "No alert rule yet",
        description: canManage
          ? "Create one from a template with “New rule”."
          : "An Admin can create rules from the template library.",
      }}
    >
      {(rules) => (
        <RulesTable rules={rules} canManage={canManage} onEdit={onEdit} onDelete={onDelete} />
      )}
    </QueryList>
  );
}
