import { Alert, Anchor, Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "react-router";
import { ErrorState } from "../components/page-states.tsx";
import { describeError } from "../lib/api-error.ts";
import { useResetPasswordMutation } from "../lib/session/password-mutations.ts";
import { tokenFromHash } from "./accept-invitation.utils.ts";
import { NewPasswordFields, newPasswordReady } from "./new-password-fields.tsx";

/** Opened from a reset link (`/reset-password#token=lsr_…`): choose a new password, then sign in. */
export function ResetPasswordPage() {
  const token = tokenFromHash(useLocation().hash);
  const reset = useResetPasswordMutation();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (token) reset.mutate({ token, newPassword: password });
  };
  return (
    <Center mih="100vh" bg="gray.0" px="md">
      <Paper withBorder radius="md" p="xl" w={420} shadow="xs" data-testid="reset-password">
        {token === null ? (
          <ErrorState
            title="This reset link is incomplete"
            error={new Error("Open the whole link, or ask your administrator for a new one.")}
          />
        ) : reset.isSuccess ? (
          <Stack>
            <Title order={1} size="h3">
              Password changed
            </Title>
            <Text size="sm">Sign in with your new password.</Text>
            <Anchor component={Link} to="/login">
              Go to sign in
            </Anchor>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={1} size="h3">
                Choose a new password
              </Title>
              {reset.isError && (
                <Alert color="red" variant="light" role="alert">
                  {describeError(reset.error)}
                </Alert>
              )}
              <NewPasswordFields
                password={password}
                confirm={confirm}
                email=""
                onPassword={setPassword}
                onConfirm={setConfirm}
              />
              <Button
                type="submit"
                loading={reset.isPending}
                disabled={!newPasswordReady(password, confirm, "")}
              >
                Set password
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
