import { Anchor, Badge, Code, Group, Stack, Text, Tooltip } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { CopyTextButton } from "../../../../components/copy-text-button.tsx";

/** A statement cut to two lines; expands to the full text, with a copy button either way. */
export function QueryText({
  query,
  truncated,
  maw = 520,
  extra,
}: {
  query: string | null;
  truncated: boolean;
  maw?: number;
  /** More actions beside copy, e.g. a link to the statement's history. */
  extra?: ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  if (query === null || query === "") {
    return (
      <Text size="xs" c="dimmed">
        no query text
      </Text>
    );
  }
  return (
    <Stack gap={2} maw={maw} miw={220}>
      {expanded ? (
        <Code block fz="xs" style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
          {query}
        </Code>
      ) : (
        <Text size="xs" ff="monospace" lineClamp={2} style={{ wordBreak: "break-word" }}>
          {query.replace(/\s+/g, " ").trim()}
        </Text>
      )}
      <Group gap={8}>
        <Anchor component="button" type="button" size="xs" onClick={() => setExpanded(!expanded)}>
          {expanded ? "collapse" : "expand"}
        </Anchor>
        <CopyTextButton value={query} testId="copy-query" />
        {extra}
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
      </Group>
    </Stack>
  );
}
