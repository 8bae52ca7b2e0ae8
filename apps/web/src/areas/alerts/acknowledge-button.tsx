import type { Alert } from "@logstag/api-contract";
import { Button, Alert as Callout, Modal, Stack, Textarea, Tooltip } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { useSession } from "../../lib/session/use-session.ts";
import { useAcknowledgeAlertMutation } from "./acknowledge-alert-mutation.ts";
import { canAcknowledge } from "./alerts.utils.ts";

export function AcknowledgeButton({ alert }: { alert: Alert }) {
  const { capabilities } = useSession();
  const operate = capabilities.includes("alerts.operate");
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const acknowledge = useAcknowledgeAlertMutation();
  if (!canAcknowledge(alert, true)) return null;
  const close = () => {
    setOpen(false);
    acknowledge.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    acknowledge.mutate(
      { alertId: alert.id, comment },
      {
        onSuccess: () => {
          setComment("");
          close();
        },
      },
    );
  };
  return (
    <>
      <Tooltip label="Your role cannot acknowledge alerts" disabled={operate}>
        <Button
          size="sm"
          disabled={!operate}
          onClick={() => setOpen(true)}
          data-testid="acknowledge-open"
        >
          Acknowledge
        </Button>
      </Tooltip>
      <Modal opened={open} onClose={close} title="Acknowledge alert">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Textarea
              label="Comment"
              description="Optional; shown on the alert's timeline."
              maxLength={500}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              data-testid="acknowledge-comment"
            />
            {acknowledge.isError && (
              <Callout color="red" variant="light" role="alert">
                {describeError(acknowledge.error)}
              </Callout>
            )}
            <FormActions
              onCancel={close}
              pending={acknowledge.isPending}
              disabled={false}
              testId="acknowledge-submit"
            >
              Acknowledge
            </FormActions>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
