import type { InvitationPreview } from "@logstag/api-contract";
import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { ErrorState, LoadingState } from "../components/page-states.tsx";
import { PAGE_BACKGROUND } from "../components/theme-colors.ts";
import { describeError } from "../lib/api-error.ts";
import { useAcceptInvitationMutation } from "../lib/session/accept-invitation-mutation.ts";
import { ROLE_LABELS } from "../lib/session/access.ts";
import { useInvitationPreviewQuery } from "../lib/session/invitation-preview-query.ts";
import { newPasswordProblem, tokenFromHash } from "./accept-invitation.utils.ts";

export function AcceptInvitationPage() {
  const token = tokenFromHash(useLocation().hash);
  const preview = useInvitationPreviewQuery(token);
  return (
    <Center mih="100vh" bg={PAGE_BACKGROUND} px="md">
      <Paper withBorder radius="md" p="xl" w={420} shadow="xs" data-testid="accept-invitation">
        {token === null ? (
          <ErrorState
            title="This invitation link is incomplete"
            error={new Error("Open the whole link from your invitation, or ask for a new one.")}
          />
        ) : preview.isPending ? (
          <LoadingState label="Checking your invitation…" />
        ) : preview.isError ? (
          <Stack>
            <ErrorState title="This invitation cannot be used" error={preview.error} />
            <Anchor component={Link} to="/login" size="sm" ta="center">
              Go to sign in
            </Anchor>
          </Stack>
        ) : (
          <AcceptForm token={token} invitation={preview.data} />
        )}
      </Paper>
    </Center>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const navigate = useNavigate();
  const accept = useAcceptInvitationMutation();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const isNew = !invitation.accountExists;
  const problem = isNew ? newPasswordProblem(password, confirm, invitation.email) : null;
  const ready = password !== "" && problem === null && (!isNew || confirm === password);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.mutate(
      { token, password, ...(isNew && name.trim() ? { name: name.trim() } : {}) },
      { onSuccess: () => navigate("/assets", { replace: true }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="accept-invitation-form">
      <Stack gap="md">
        <div>
          <Title order={1} size="h3">
            Join {invitation.organizationName}
          </Title>
          <Text size="sm" c="dimmed">
            You are invited as {ROLE_LABELS[invitation.role]} on Logstag.
          </Text>
        </div>
        {accept.isError && (
          <Alert color="red" variant="light" role="alert" data-testid="accept-invitation-error">
            {describeError(accept.error)}
          </Alert>
        )}
        <TextInput
          label="E-mail"
          value={invitation.email}
          readOnly
          data-testid="invitation-email"
        />
        {isNew && (
          <TextInput
            label="Your name"
            description="Optional; shown to the other members."
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-testid="invitation-name"
          />
        )}
        <PasswordInput
          label={isNew ? "Choose a password" : "Your Logstag password"}
          description={
            isNew
              ? "At least 12 characters. A passphrase is easiest to remember."
              : "This e-mail already has a Logstag account; joining uses it."
          }
          autoComplete={isNew ? "new-password" : "current-password"}
          required
          autoFocus
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={problem && !problem.includes("differ") ? problem : undefined}
          data-testid="invitation-password"
        />
        {isNew && (
          <PasswordInput
            label="Repeat the password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={problem?.includes("differ") ? problem : undefined}
            data-testid="invitation-password-confirm"
          />
        )}
        <Button
          type="submit"
          loading={accept.isPending}
          disabled={!ready}
          data-testid="accept-invitation-submit"
        >
          {isNew ? "Create account and join" : `Join ${invitation.organizationName}`}
        </Button>
        <Text size="xs" c="dimmed">
          The link works once and expires on {new Date(invitation.expiresAt).toLocaleDateString()}.
        </Text>
      </Stack>
    </form>
  );
}
