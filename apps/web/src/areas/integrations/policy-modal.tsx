import {
  ALERT_CATEGORY_NAMES,
  ALERT_SEVERITIES,
  type AlertCategory,
  type AlertSeverity,
  type Channel,
} from "@logstag/api-contract";
import { ENGINE_KINDS } from "@logstag/protocol";
import {
  Alert as Callout,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Switch,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import {
  EMPTY_POLICY_FORM,
  type PolicyForm,
  toPolicyInput,
  validatePolicyForm,
} from "./integrations.utils.ts";
import { useCreatePolicyMutation } from "./policy-mutations.ts";

const ENGINES = [...ENGINE_KINDS];

function onlySeverities(values: string[]): AlertSeverity[] {
  return ALERT_SEVERITIES.filter((s) => values.includes(s));
}
function onlyCategories(values: string[]): AlertCategory[] {
  return ALERT_CATEGORY_NAMES.filter((c) => values.includes(c));
}

export function PolicyModal({
  opened,
  channels,
  onClose,
}: {
  opened: boolean;
  channels: readonly Channel[];
  onClose: () => void;
}) {
  const [form, setForm] = useState<PolicyForm>(EMPTY_POLICY_FORM);
  const [submitted, setSubmitted] = useState(false);
  const create = useCreatePolicyMutation();
  const errors = validatePolicyForm(form);
  const shown = (key: string) => (submitted ? errors[key] : undefined);
  const close = () => {
    setForm(EMPTY_POLICY_FORM);
    setSubmitted(false);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) create.mutate(toPolicyInput(form), { onSuccess: close });
  };
  const seconds = (value: string | number) => (typeof value === "number" ? value : 0);
  return (
    <Modal opened={opened} onClose={close} title="New notification policy" size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Name"
            value={form.name}
            error={shown("name")}
            onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
            data-testid="policy-name"
          />
          <MultiSelect
            label="Severities"
            placeholder="Any severity"
            data={[...ALERT_SEVERITIES]}
            value={form.severities}
            onChange={(values) => setForm({ ...form, severities: onlySeverities(values) })}
          />
          <MultiSelect
            label="Engines"
            placeholder="Any engine"
            data={ENGINES}
            value={form.engines}
            onChange={(engines) => setForm({ ...form, engines })}
          />
          <MultiSelect
            label="Categories"
            placeholder="Any category"
            data={[...ALERT_CATEGORY_NAMES]}
            value={form.categories}
            onChange={(values) => setForm({ ...form, categories: onlyCategories(values) })}
          />
          <MultiSelect
            label="Send to"
            placeholder="Channels"
            error={shown("channelIds")}
            data={channels.map((c) => ({ value: c.id, label: c.name }))}
            value={form.channelIds}
            onChange={(channelIds) => setForm({ ...form, channelIds })}
            data-testid="policy-channels"
          />
          <Group grow>
            <NumberInput
              label="Group wait (s)"
              min={0}
              max={3600}
              value={form.groupWaitSeconds}
              error={shown("groupWaitSeconds")}
              onChange={(v) => setForm({ ...form, groupWaitSeconds: seconds(v) })}
            />
            <NumberInput
              label="Group interval (s)"
              min={0}
              max={86_400}
              value={form.groupIntervalSeconds}
              error={shown("groupIntervalSeconds")}
              onChange={(v) => setForm({ ...form, groupIntervalSeconds: seconds(v) })}
            />
            <NumberInput
              label="Repeat interval (s)"
              min={60}
              max={604_800}
              value={form.repeatIntervalSeconds}
              error={shown("repeatIntervalSeconds")}
              onChange={(v) => setForm({ ...form, repeatIntervalSeconds: seconds(v) })}
            />
          </Group>
          <Switch
            label="Notify when resolved"
            checked={form.sendResolved}
            onChange={(event) => setForm({ ...form, sendResolved: event.currentTarget.checked })}
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
            testId="policy-save"
          >
            Create policy
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
