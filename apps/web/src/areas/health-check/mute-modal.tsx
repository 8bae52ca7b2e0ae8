import type { Finding } from "@logstag/api-contract";
import { Alert, Modal, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { MUTE_DURATIONS, type MuteDuration, type MuteForm, toMuteBody } from "./mute.utils.ts";
import { useMuteFindingMutation } from "./mute-finding-mutation.ts";

const EMPTY: MuteForm = { reason: "", duration: "30", date: "" };

export function MuteModal(props: {
  opened: boolean;
  finding: Finding;
  targetId: string;
  onClose: () => void;
}) {
  const mute = useMuteFindingMutation();
  const [form, setForm] = useState<MuteForm>(EMPTY);
  const [showErrors, setShowErrors] = useState(false);
  const result = toMuteBody(form, new Date());
  const errors = showErrors && !result.ok ? result.errors : {};
  const close = () => {
    mute.reset();
    setForm(EMPTY);
    setShowErrors(false);
    props.onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowErrors(true);
    if (!result.ok) return;
    mute.mutate(
      { targetId: props.targetId, checkId: props.finding.checkId, ...result.body },
      { onSuccess: close },
    );
  };

  return (
    <Modal opened={props.opened} onClose={close} title="Mute this finding" centered>
      <form onSubmit={submit} noValidate data-testid="mute-form">
        <Stack gap="md">
          <Text size="sm">
            <b>{props.finding.title}</b> stays in the report, marked muted, and takes nothing off
            the score until the mute ends. Muting is recorded in the audit log.
          </Text>
          {mute.isError && (
            <Alert color="red" variant="light" role="alert" data-testid="mute-error">
              {describeError(mute.error)}
            </Alert>
          )}
          <Textarea
            label="Reason"
            description="Why this is acceptable for now, e.g. “TLS ends at the proxy in front of this server”."
            required
            autosize
            minRows={2}
            value={form.reason}
            error={errors.reason}
            onChange={(event) => setForm({ ...form, reason: event.currentTarget.value })}
            data-testid="mute-reason"
          />
          <Select
            label="For"
            data={MUTE_DURATIONS.map((d) => ({ value: d.value, label: d.label }))}
            value={form.duration}
            allowDeselect={false}
            onChange={(value) => value && setForm({ ...form, duration: value as MuteDuration })}
            data-testid="mute-duration"
          />
          {form.duration === "custom" && (
            <TextInput
              type="date"
              label="Ends on"
              value={form.date}
              error={errors.date}
              onChange={(event) => setForm({ ...form, date: event.currentTarget.value })}
              data-testid="mute-date"
            />
          )}
          {form.duration !== "custom" && errors.date && (
            <Text size="xs" c="red">
              {errors.date}
            </Text>
          )}
          <FormActions
            onCancel={close}
            pending={mute.isPending}
            disabled={false}
            testId="mute-submit"
          >
            Mute
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
