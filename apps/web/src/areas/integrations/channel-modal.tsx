import {
  CHANNEL_KIND_NAMES,
  CHANNEL_KINDS,
  type Channel,
  type ChannelKind,
} from "@logstag/api-contract";
import { PasswordInput, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { FormActions } from "../../components/form-actions.tsx";
import { ErrorCallout, FormModal } from "../../components/form-modal.tsx";
import { useFormState } from "../../lib/use-form-state.ts";
import { useCreateChannelMutation, useUpdateChannelMutation } from "./channel-mutations.ts";
import {
  type ChannelForm,
  channelFormFrom,
  EMPTY_CHANNEL_FORM,
  toChannelInput,
  toChannelUpdate,
  validateChannelForm,
} from "./integrations.utils.ts";

function isKind(value: string): value is ChannelKind {
  return CHANNEL_KIND_NAMES.some((kind) => kind === value);
}

/** Creates a channel, or edits `channel`: its kind stays, blank secret fields keep the saved ones. */
export function ChannelModal({
  opened,
  channel = null,
  onClose,
}: {
  opened: boolean;
  channel?: Channel | null;
  onClose: () => void;
}) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={channel ? "Edit notification channel" : "New notification channel"}
    >
      <ChannelFormBody channel={channel} onClose={onClose} />
    </FormModal>
  );
}

function ChannelFormBody({ channel, onClose }: { channel: Channel | null; onClose: () => void }) {
  const saved = channel?.secretsSet ?? [];
  const { form, setForm, shown, submitWith } = useFormState<ChannelForm>(
    () => (channel ? channelFormFrom(channel) : EMPTY_CHANNEL_FORM),
    (values) => validateChannelForm(values, saved),
  );
  const create = useCreateChannelMutation();
  const update = useUpdateChannelMutation();
  const save = channel ? update : create;
  const keepHint = (secret: string) =>
    saved.includes(secret) ? "Saved; leave blank to keep it." : undefined;
  const submit = submitWith((values) => {
    if (channel)
      update.mutate(
        { channelId: channel.id, changes: toChannelUpdate(values, channel) },
        { onSuccess: onClose },
      );
    else create.mutate(toChannelInput(values), { onSuccess: onClose });
  });
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {!channel && (
          <SegmentedControl
            data={CHANNEL_KIND_NAMES.map((kind) => ({
              value: kind,
              label: CHANNEL_KINDS[kind].label,
            }))}
            value={form.kind}
            onChange={(kind) => isKind(kind) && setForm({ ...form, kind })}
            data-testid="channel-kind"
          />
        )}
        <TextInput
          label="Name"
          value={form.name}
          error={shown("name")}
          onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
          data-testid="channel-name"
        />
        {form.kind !== "email" && (
          <PasswordInput
            label={form.kind === "slack" ? "Slack webhook URL" : "Webhook URL"}
            description={keepHint(form.kind === "slack" ? "webhookUrl" : "url")}
            placeholder={keepHint(form.kind === "slack" ? "webhookUrl" : "url") && "••••••••"}
            value={form.url}
            error={shown("url")}
            autoComplete="off"
            onChange={(event) => setForm({ ...form, url: event.currentTarget.value })}
            data-testid="channel-url"
          />
        )}
        {form.kind === "webhook" && (
          <PasswordInput
            label="Signing secret"
            description={
              keepHint("signingSecret") ??
              "Each request body is signed with HMAC-SHA256 in X-Logstag-Signature."
            }
            placeholder={keepHint("signingSecret") && "••••••••"}
            value={form.signingSecret}
            error={shown("signingSecret")}
            autoComplete="off"
            onChange={(event) => setForm({ ...form, signingSecret: event.currentTarget.value })}
            data-testid="channel-signing-secret"
          />
        )}
        {form.kind === "email" && (
          <Textarea
            label="Recipients"
            description="Separated by commas or new lines; sent through the server's SMTP relay."
            value={form.to}
            error={shown("to")}
            autosize
            minRows={2}
            onChange={(event) => setForm({ ...form, to: event.currentTarget.value })}
            data-testid="channel-to"
          />
        )}
        <Text size="xs" c="dimmed">
          URLs and secrets are encrypted and never shown again.
        </Text>
        <ErrorCallout error={save.error} />
        <FormActions
          onCancel={onClose}
          pending={save.isPending}
          disabled={false}
          testId="channel-save"
        >
          {channel ? "Save" : "Create channel"}
        </FormActions>
      </Stack>
    </form>
  );
}
