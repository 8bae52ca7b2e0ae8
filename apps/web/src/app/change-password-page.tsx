import { Alert, Button, Paper, PasswordInput, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { PageHeader } from "../components/page-header.tsx";
import { describeError } from "../lib/api-error.ts";
import { useChangePasswordMutation } from "../lib/session/password-mutations.ts";
import { useSession } from "../lib/session/use-session.ts";
import { NewPasswordFields, newPasswordReady } from "./new-password-fields.tsx";

/** The signed-in person changes their own password; their other sessions end. */
export function ChangePasswordPage() {
  const session = useSession();
  const change = useChangePasswordMutation();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const email = session.user.email;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { currentPassword: current, newPassword: password },
      {
        onSuccess: () => {
          setCurrent("");
          setPassword("");
          setConfirm("");
        },
      },
    );
  };
  return (
    <Stack>
      <PageHeader title="Change password" />
      <Paper withBorder p="lg" maw={440}>
        <form onSubmit={submit} noValidate data-testid="change-password-form">
          <Stack gap="md">
            {change.isSuccess && (
              <Alert color="green" variant="light">
                Password changed. Your other sessions were signed out.
              </Alert>
            )}
            {change.isError && (
              <Alert color="red" variant="light" role="alert">
                {describeError(change.error)}
              </Alert>
            )}
            <Text size="sm" c="dimmed">
              Every other session of {email} ends when the password changes.
            </Text>
            <PasswordInput
              label="Current password"
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
              required
              data-testid="current-password"
            />
            <NewPasswordFields
              password={password}
              confirm={confirm}
              email={email}
              onPassword={setPassword}
              onConfirm={setConfirm}
            />
            <Button
              type="submit"
              loading={change.isPending}
              disabled={current === "" || !newPasswordReady(password, confirm, email)}
            >
              Change password
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
