import { Group, Loader, Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A titled card with a refresh spinner, the frame of every panel of this module. */
export function PanelCard(props: {
  title: string;
  description: string;
  isFetching?: boolean;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={props.testId}>
      <Group justify="space-between" mb="xs" align="flex-start">
        <div>
          <Text fw={600} size="sm">
            {props.title}
          </Text>
          <Text size="xs" c="dimmed">
            {props.description}
          </Text>
        </div>
        <Group gap="xs">
          {props.actions}
          {props.isFetching && <Loader size={12} />}
        </Group>
      </Group>
      {props.children}
    </Paper>
  );
}
