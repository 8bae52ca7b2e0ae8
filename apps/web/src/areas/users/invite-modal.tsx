import {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  type CreateInvitationResponse,
} from "@logstag/api-contract";
import { Alert, Button, Code, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { CopyTextButton } from "../../components/copy-text-button.tsx";
import { FormActions } from "../../components/form-actions.tsx";
import { describeError } from "../../lib/api-error.ts";
import { ROLE_LABELS } from "../../lib/session/access.ts";
import { useCreateInvitationMutation } from "./invitation-mutations.ts";
import { ROLE_DESCRIPTIONS } from "./users.utils.ts";

const ROLE_OPTIONS = ASSIGNABLE_ROLES.map((r) => ({
  value: r,
  label: `${ROLE_LABELS[r]} — ${ROLE_DESCRIPTIONS[r]}`,
}));

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateInvitationMutation();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<AssignableRole>("member");
  const close = () => {
    create.reset();
    setEmail("");
    setRole("member");
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ email: email.trim(), role });
  };

  return (
    <Modal opened={opened} onClose={close} title="Invite someone" size="lg" centered>
      {create.data ? (
        <InvitationLink result={create.data} onDone={close} />
      ) : (
        <form onSubmit={submit} noValidate data-testid="invite-form">
          <Stack gap="md">
            {create.isError && (
              <Alert color="red" variant="light" role="alert" data-testid="invite-error">
                {describeError(create.error)}
              </Alert>
            )}
            <TextInput
              label="E-mail"
              type="email"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              data-testid="invite-email"
            />
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              value={role}
              allowDeselect={false}
              onChange={(value) => value && setRole(value as AssignableRole)}
              data-testid="invite-role"
            />
            <FormActions
              onCancel={close}
              pending={create.isPending}
              disabled={!email.includes("@")}
              testId="invite-submit"
            >
              Create invitation
            </FormActions>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function InvitationLink({
  result,
  onDone,
}: {
  result: CreateInvitationResponse;
  onDone: () => void;
}) {
  return (
    <Stack gap="md" data-testid="invitation-created">
      <Text size="sm">
        Send this link to <b>{result.invitation.email}</b>. It works once, and is shown only now.
      </Text>
      <Code block data-testid="invitation-link" style={{ wordBreak: "break-all" }}>
        {result.link}
      </Code>
      {result.emailed && (
        <Alert color="teal" variant="light">
          The invitation was also e-mailed.
        </Alert>
      )}
      {result.emailError && (
        <Alert color="orange" variant="light">
          {result.emailError}. Hand the link over another way.
        </Alert>
      )}
      <Group justify="flex-end">
        <CopyTextButton value={result.link} label="Copy link" testId="copy-invitation-link" />
        <Button onClick={onDone} data-testid="invitation-done">
          Done
        </Button>
      </Group>
    </Stack>
  );
}
