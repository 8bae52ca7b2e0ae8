import { Anchor, Badge, Code, Group, Stack, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { CopyTextButton } from "../../components/copy-text-button.tsx";

/** One line of a statement; expands to the full text with a copy button. */
export function QueryText({
  query,
  truncated,
  maw = 520,
}: {
  query: string | null;
  truncated: boolean;
  maw?: number;
}) {
  const [expanded, setExpanded] = useState(false);
  if (query === null || query === "") {
    return (
      <Text size="xs" c="dimmed">
        no query text
      </Text>
    );
  }
  const oneLine = query.replace(/\s+/g, " ").trim();
  return (
    <Stack gap={4} maw={maw}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        {!expanded && (
          <Text
            size="xs"
            ff="monospace"
            lineClamp={1}
            style={{ flex: 1, minWidth: 120, wordBreak: "break-all" }}
          >
            {oneLine}
          </Text>
        )}
        {truncated && (
          <Tooltip
            label="The text was cut short (track_activity_query_size, or the 4 KiB limit of a sample)."
            withArrow
            multiline
            maw={320}
          >
            <Badge size="xs" color="orange" variant="light" data-testid="query-truncated">
              truncated
            </Badge>
          </Tooltip>
        )}
        <Anchor component="button" type="button" size="xs" onClick={() => setExpanded(!expanded)}>
          {expanded ? "collapse" : "expand"}
        </Anchor>
        <CopyTextButton value={query} testId="copy-query" />
      </Group>
      {expanded && (
        <Code block fz="xs" style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
          {query}
        </Code>
      )}
    </Stack>
  );
}
