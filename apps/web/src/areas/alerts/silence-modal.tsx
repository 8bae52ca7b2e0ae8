import { ALERT_SEVERITIES, type AlertSeverity } from "@logstag/api-contract";
import {
  Alert as Callout,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { useCreateSilenceMutation } from "./silence-mutations.ts";
import {
  EMPTY_SILENCE_FORM,
  type SilenceForm,
  toSilenceInput,
  validateSilenceForm,
} from "./silences.utils.ts";

type Option = { value: string; label: string };

function isSeverity(value: string | null): value is AlertSeverity {
  return ALERT_SEVERITIES.some((severity) => severity === value);
}

export function SilenceModal({
  opened,
  rules,
  targets,
  engines,
  onClose,
}: {
  opened: boolean;
  rules: Option[];
  targets: Option[];
  engines: string[];
  onClose: () => void;
}) {
  const [form, setForm] = useState<SilenceForm>(EMPTY_SILENCE_FORM);
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateSilenceMutation();
  const errors = validateSilenceForm(form);
  const shown = (key: string) => (submitted ? errors[key] : undefined);
  const close = () => {
    setForm(EMPTY_SILENCE_FORM);
    setSubmitted(false);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    create.mutate(toSilenceInput(form, new Date()), { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title="New silence" size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Alerts that match every chosen matcher send no notification until the silence ends.
          </Text>
          <Group grow>
            <Select
              label="Rule"
              clearable
              searchable
              data={rules}
              value={form.ruleId}
              onChange={(ruleId) => setForm({ ...form, ruleId })}
              data-testid="silence-rule"
            />
            <Select
              label="Target"
              clearable
              searchable
              data={targets}
              value={form.assetId}
              onChange={(assetId) => setForm({ ...form, assetId })}
              data-testid="silence-target"
            />
          </Group>
          <Group grow>
            <Select
              label="Engine"
              clearable
              data={engines}
              value={form.engine}
              onChange={(engine) => setForm({ ...form, engine })}
              data-testid="silence-engine"
            />
            <Select
              label="Severity"
              clearable
              data={[...ALERT_SEVERITIES]}
              value={form.severity}
              onChange={(value) => setForm({ ...form, severity: isSeverity(value) ? value : null })}
              data-testid="silence-severity"
            />
          </Group>
          <Textarea
            label="Labels"
            description="One name=value per line, e.g. database=app"
            value={form.labels}
            autosize
            minRows={2}
            error={shown("labels")}
            onChange={(event) => setForm({ ...form, labels: event.currentTarget.value })}
            data-testid="silence-labels"
          />
          {shown("matchers") && (
            <Text size="sm" c="red">
              {shown("matchers")}
            </Text>
          )}
          <NumberInput
            label="Ends in (hours)"
            min={0.1}
            max={24 * 90}
            value={form.durationHours}
            error={shown("durationHours")}
            onChange={(value) =>
              setForm({ ...form, durationHours: typeof value === "number" ? value : 0 })
            }
            data-testid="silence-hours"
          />
          <TextInput
            label="Reason"
            maxLength={500}
            value={form.reason}
            error={shown("reason")}
            onChange={(event) => setForm({ ...form, reason: event.currentTarget.value })}
            data-testid="silence-reason"
          />
          {create.isError && (
            <Callout color="red" variant="light" role="alert">
              {describeError(create.error)}
            </Callout>
          )}
          <FormActions
            onCancel={close}
            pending={create.isPending}
            disabled={false}
            testId="silence-save"
          >
            Create silence
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
