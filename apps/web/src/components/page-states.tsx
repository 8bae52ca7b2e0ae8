import { Button, Center, EmptyState, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { describeError } from "../lib/api-error.ts";

export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <Center py="xl" data-testid="state-loading">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

export function EmptyPageState({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <EmptyState
      py="xl"
      size="sm"
      withIndicatorBackground
      icon={<span aria-hidden>∅</span>}
      title={title}
      description={description}
      data-testid="state-empty"
    >
      {children}
    </EmptyState>
  );
}

export function ErrorState({
  title = "Could not load this view",
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <EmptyState
      py="xl"
      size="sm"
      variant="light"
      color="red"
      icon={<span aria-hidden>!</span>}
      title={title}
      description={describeError(error)}
      data-testid="state-error"
    >
      {onRetry && (
        <EmptyState.Actions>
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

export function NoPermissionState({ who }: { who: string }) {
  return (
    <EmptyState
      py="xl"
      size="sm"
      variant="light"
      color="gray"
      icon={<span aria-hidden>⊘</span>}
      title="You do not have access to this view"
      description={`Only ${who} can open it. Ask your organization's Account Owner if you need access.`}
      data-testid="state-no-permission"
    />
  );
}

/** A supported area whose screens are not part of this build yet; it shows no made-up data. */
export function NotInBuildState({ area, plannedFor }: { area: string; plannedFor: string }) {
  return (
    <EmptyState
      py="xl"
      size="sm"
      withIndicatorBackground
      icon={<span aria-hidden>◌</span>}
      title={`${area} is not available in this build yet`}
      description={`When it arrives, this view will show ${plannedFor}. Nothing here is simulated.`}
      data-testid="state-not-in-build"
    />
  );
}
