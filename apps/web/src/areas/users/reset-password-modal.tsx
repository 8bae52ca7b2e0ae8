import type { CreatePasswordResetResponse, Member } from "@logstag/api-contract";
import { Alert, Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import { CopyTextButton } from "../../components/copy-text-button.tsx";
import { describeError } from "../../lib/api-error.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import { useCreatePasswordResetMutation } from "./member-mutations.ts";

/**
 * Asks, then makes a one-time password reset link for `member`. The link is shown once when it
 * was not e-mailed; a new link replaces any earlier one of the same person.
 */
export function ResetPasswordModal({
  member,
  onClose,
}: {
  member: Member | null;
  onClose: () => void;
}) {
  const create = useCreatePasswordResetMutation();
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Modal opened={member !== null} onClose={close} title="Reset password" size="lg" centered>
      {member && create.data ? (
        <ResetLinkResult email={member.email} result={create.data} onDone={close} />
      ) : (
        <Stack gap="md" data-testid="reset-password-confirm">
          <Text size="sm">
            Make a one-time link with which <b>{member?.email}</b> sets a new password. Their
            current password keeps working until the link is used; using it signs them out
            everywhere. An earlier link for them stops working.
          </Text>
          {create.isError && (
            <Alert color="red" variant="light" role="alert" data-testid="reset-password-error">
              {describeError(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={create.isPending}
              onClick={() => member && create.mutate(member.userId)}
              data-testid="reset-password-submit"
            >
              Make reset link
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function ResetLinkResult({
  email,
  result,
  onDone,
}: {
  email: string;
  result: CreatePasswordResetResponse;
  onDone: () => void;
}) {
  const expires = formatAbsoluteTime(result.expiresAt);
  return (
    <Stack gap="md" data-testid="reset-password-created">
      {result.emailed ? (
        <Alert color="teal" variant="light" data-testid="reset-password-emailed">
          The reset link was sent by e-mail to {email}. It works once, until {expires}.
        </Alert>
      ) : (
        <>
          {result.emailError && (
            <Alert color="orange" variant="light">
              {result.emailError}. Hand the link over another way.
            </Alert>
          )}
          <Text size="sm">
            Give this link to <b>{email}</b> in person or over a channel you trust. It works once,
            until {expires}, and is shown only now.
          </Text>
          <Code block data-testid="reset-password-link" style={{ wordBreak: "break-all" }}>
            {result.link}
          </Code>
        </>
      )}
      <Group justify="flex-end">
        {result.link && (
          <CopyTextButton value={result.link} label="Copy link" testId="copy-reset-link" />
        )}
        <Button onClick={onDone} data-testid="reset-password-done">
          Done
        </Button>
      </Group>
    </Stack>
  );
}
