import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  description,
  badge,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  badge?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    // The title keeps room for a line of description; the actions wrap below when they would squeeze it.
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <Stack gap={2} style={{ flex: "1 1 360px", minWidth: 0 }}>
        <Group gap="xs">
          <Title order={2} size="h3">
            {title}
          </Title>
          {badge}
        </Group>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <div style={{ marginLeft: "auto" }}>{actions}</div>}
    </Group>
  );
}
