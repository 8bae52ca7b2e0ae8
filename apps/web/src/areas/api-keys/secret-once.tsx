import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { CopyTextButton } from "../../components/copy-text-button.tsx";

/** A new key's secret: shown this once, never stored in the clear. */
export function SecretOnce({
  secret,
  usage,
  onDone,
}: {
  secret: string;
  usage: string;
  onDone: () => void;
}) {
  return (
    <Stack gap="md" data-testid="secret-once">
      <Alert color="yellow" variant="light">
        Copy this key now. Logstag keeps only its hash and cannot show it again.
      </Alert>
      <Code block data-testid="new-key-secret" style={{ wordBreak: "break-all" }}>
        {secret}
      </Code>
      <Text size="sm" c="dimmed">
        {usage}
      </Text>
      <Group justify="flex-end">
        <CopyTextButton value={secret} label="Copy key" testId="copy-new-key" />
        <Button onClick={onDone} data-testid="secret-done">
          Done
        </Button>
      </Group>
    </Stack>
  );
}
