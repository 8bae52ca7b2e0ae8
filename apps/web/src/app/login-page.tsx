import {
  Alert,
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
import { Navigate, useLocation, useNavigate } from "react-router";
import { PAGE_BACKGROUND } from "../components/theme-colors.ts";
import { useLoginMutation } from "../lib/session/login-mutation.ts";
import { useSessionQuery } from "../lib/session/me-query.ts";
import { describeLoginError, pathAfterLogin } from "./login.utils.ts";

export function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSessionQuery();
  const login = useLoginMutation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const next = pathAfterLogin(location.state);

  if (session.data && !login.isPending) return <Navigate to={next} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };

  return (
    <Center mih="100vh" bg={PAGE_BACKGROUND} px="md">
      <Paper withBorder radius="md" p="xl" w={380} shadow="xs">
        <form onSubmit={submit} noValidate data-testid="login-form">
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                Logstag
              </Title>
              <Text size="sm" c="dimmed">
                Sign in to monitor your databases.
              </Text>
            </div>
            {login.isError && (
              <Alert color="red" variant="light" data-testid="login-error" role="alert">
                {describeLoginError(login.error)}
              </Alert>
            )}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              data-testid="login-email"
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              data-testid="login-password"
            />
            <Button
              type="submit"
              loading={login.isPending}
              disabled={email.trim() === "" || password === ""}
              data-testid="login-submit"
            >
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
