import {
  ALERT_CATEGORY_NAMES,
  ALERT_SEVERITIES,
  type AlertCategory,
  type AlertSeverity,
  type Channel,
  type Policy,
} from "@logstag/api-contract";
import { ENGINE_KINDS } from "@logstag/protocol";
import { Group, MultiSelect, NumberInput, Stack, Switch, TextInput } from "@mantine/core";
import { FormActions } from "../../components/form-actions.tsx";
import { ErrorCallout, FormModal } from "../../components/form-modal.tsx";
import { useFormState } from "../../lib/use-form-state.ts";
import {
  EMPTY_POLICY_FORM,
  type PolicyForm,
  policyFormFrom,
  toPolicyInput,
  toPolicyUpdate,
  validatePolicyForm,
} from "./integrations.utils.ts";
import { useCreatePolicyMutation, useUpdatePolicyMutation } from "./policy-mutations.ts";

const ENGINES = [...ENGINE_KINDS];

function onlySeverities(values: string[]): AlertSeverity[] {
  return ALERT_SEVERITIES.filter((s) => values.includes(s));
}
function onlyCategories(values: string[]): AlertCategory[] {
  return ALERT_CATEGORY_NAMES.filter((c) => values.includes(c));
}

/** Creates a policy, or edits `policy`. */
export function PolicyModal({
  opened,
  policy = null,
  channels,
  onClose,
}: {
  opened: boolean;
  policy?: Policy | null;
  channels: readonly Channel[];
  onClose: () => void;
}) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={policy ? "Edit notification policy" : "New notification policy"}
      size="lg"
    >
      <PolicyFormBody policy={policy} channels={channels} onClose={onClose} />
    </FormModal>
  );
}

function PolicyFormBody({
  policy,
  channels,
  onClose,
}: {
  policy: Policy | null;
  channels: readonly Channel[];
  onClose: () => void;
}) {
  const { form, setForm, shown, submitWith } = useFormState<PolicyForm>(
    () => (policy ? policyFormFrom(policy) : EMPTY_POLICY_FORM),
    validatePolicyForm,
  );
  const create = useCreatePolicyMutation();
  const update = useUpdatePolicyMutation();
  const save = policy ? update : create;
  const submit = submitWith((values) => {
    if (policy)
      update.mutate(
        { policyId: policy.id, changes: toPolicyUpdate(values, policy) },
        { onSuccess: onClose },
      );
    else create.mutate(toPolicyInput(values), { onSuccess: onClose });
  });
  const seconds = (value: string | number) => (typeof value === "number" ? value : 0);
  return (
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
        <ErrorCallout error={save.error} />
        <FormActions
          onCancel={onClose}
          pending={save.isPending}
          disabled={false}
          testId="policy-save"
        >
          {policy ? "Save" : "Create policy"}
        </FormActions>
      </Stack>
    </form>
  );
}
