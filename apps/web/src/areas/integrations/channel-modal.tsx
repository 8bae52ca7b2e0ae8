import { CHANNEL_KIND_NAMES, CHANNEL_KINDS, type ChannelKind } from "@logstag/api-contract";
import {
  Alert as Callout,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { useCreateChannelMutation } from "./channel-mutations.ts";
import {
  type ChannelForm,
  EMPTY_CHANNEL_FORM,
  toChannelInput,
  validateChannelForm,
} from "./integrations.utils.ts";

function isKind(value: string): value is ChannelKind {
  return CHANNEL_KIND_NAMES.some((kind) => kind === value);
}

export function ChannelModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [form, setForm] = useState<ChannelForm>(EMPTY_CHANNEL_FORM);
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateChannelMutation();
  const errors = validateChannelForm(form);
  const shown = (key: string) => (submitted ? errors[key] : undefined);
  const close = () => {
    setForm(EMPTY_CHANNEL_FORM);
    setSubmitted(false);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) create.mutate(toChannelInput(form), { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title="New notification channel">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <SegmentedControl
            data={CHANNEL_KIND_NAMES.map((kind) => ({
              value: kind,
              label: CHANNEL_KINDS[kind].label,
            }))}
            value={form.kind}
            onChange={(kind) => isKind(kind) && setForm({ ...form, kind })}
            data-testid="channel-kind"
          />
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
              description="Each request body is signed with HMAC-SHA256 in X-Logstag-Signature."
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
          {create.isError && (
            <Callout color="red" variant="light" role="alert">
              {describeError(create.error)}
            </Callout>
          )}
          <FormActions
            onCancel={close}
            pending={create.isPending}
            disabled={false}
            testId="channel-save"
          >
            Create channel
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
