import type { ReportSchedule } from "@logstag/api-contract";
import { Alert, Button, Code, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { canAccess } from "../../lib/session/access.ts";
import { useSession } from "../../lib/session/use-session.ts";
import { useNow } from "../../lib/use-now.ts";
import { useDeleteScheduleMutation } from "./delete-schedule-mutation.ts";
import { ScheduleModal } from "./schedule-modal.tsx";
import { useSchedulesQuery } from "./schedules-query.ts";
import { SchedulesTable } from "./schedules-table.tsx";
import { useTargetsQuery } from "./targets-query.ts";

type Editing = { schedule: ReportSchedule | null } | null;

/** Schedules that make reports and e-mail them; Members and above change them. */
export function SchedulesPanel() {
  const { capabilities } = useSession();
  const canManage = canAccess(capabilities, "reports.manage");
  const schedules = useSchedulesQuery();
  const targets = useTargetsQuery();
  const remove = useDeleteScheduleMutation();
  const now = useNow();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ReportSchedule | null>(null);
  const namesById = new Map((targets.data ?? []).map((t) => [t.id, t.name]));
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <Paper withBorder radius="sm">
      <Group justify="space-between" px="md" py="sm">
        <Text size="sm" c="dimmed">
          Daily or weekly reports for chosen targets, e-mailed with PDF, HTML or JSON attached.
        </Text>
        {canManage ? (
          <Button
            size="xs"
            onClick={() => setEditing({ schedule: null })}
            data-testid="schedule-new"
          >
            New schedule
          </Button>
        ) : (
          <Text size="xs" c="dimmed" data-testid="schedules-read-only">
            Your role can read schedules; Members and above create and change them.
          </Text>
        )}
      </Group>
      {schedules.data && !schedules.data.mailConfigured && (
        <Alert color="yellow" variant="light" mx="md" mb="sm" data-testid="mail-not-configured">
          E-mail is not set up on this server, so schedules make and keep their reports but send
          nothing. Set <Code>LOGSTAG_SMTP_URL</Code> and <Code>LOGSTAG_SMTP_FROM</Code> to send
          them.
        </Alert>
      )}
      {schedules.isPending ? (
        <LoadingState label="Loading schedules…" />
      ) : schedules.isError ? (
        <ErrorState error={schedules.error} onRetry={() => schedules.refetch()} />
      ) : schedules.data.schedules.length === 0 ? (
        <EmptyPageState
          title="No report schedules yet"
          description={
            canManage
              ? "Create one to receive reports by e-mail every day or week."
              : "A Member or Admin can create one."
          }
        />
      ) : (
        <SchedulesTable
          schedules={schedules.data.schedules}
          namesById={namesById}
          now={now}
          canManage={canManage}
          onEdit={(schedule) => setEditing({ schedule })}
          onDelete={setDeleting}
        />
      )}
      {editing && (
        <ScheduleModal
          schedule={editing.schedule}
          targets={targets.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete schedule"
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error}
        onClose={closeDelete}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
      >
        “{deleting?.name}” stops making and sending reports. Reports it already made are kept.
      </ConfirmModal>
    </Paper>
  );
}
