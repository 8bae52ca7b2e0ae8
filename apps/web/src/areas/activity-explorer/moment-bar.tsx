import { Button, Group, Loader, Paper, Text, Tooltip } from "@mantine/core";
import { formatAbsoluteTime, formatRelativeTime } from "../../lib/time.utils.ts";
import { useNow } from "../../lib/use-now.ts";

/** Which sample is shown, with steps to the neighbouring samples and back to the latest. */
export function MomentBar(props: {
  moment: string | null;
  sampledAt: string | null;
  rowCount: number | null;
  /** What a row is, singular and plural: ["session", "sessions"]. */
  rowNoun: readonly [string, string];
  isFetching: boolean;
  previous: string | null;
  next: string | null;
  onMoment: (at: string | null) => void;
}) {
  const now = useNow();
  const latest = props.moment === null;
  return (
    <Paper withBorder radius="sm" px="md" py="xs">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Text size="sm" fw={600}>
            {latest ? "Latest sample" : "Sample"}
          </Text>
          <Tooltip label={formatAbsoluteTime(props.sampledAt)} withArrow>
            <Text size="sm" data-testid="sample-time" data-sampled-at={props.sampledAt ?? ""}>
              {props.sampledAt
                ? `${formatAbsoluteTime(props.sampledAt)} (${formatRelativeTime(props.sampledAt, now)})`
                : "none"}
            </Text>
          </Tooltip>
          {props.rowCount !== null && props.sampledAt && (
            <Text size="sm" c="dimmed" data-testid="sample-rows">
              · {props.rowCount} {props.rowCount === 1 ? props.rowNoun[0] : props.rowNoun[1]}
            </Text>
          )}
          {props.isFetching && <Loader size={12} />}
        </Group>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="default"
            disabled={props.previous === null}
            onClick={() => props.previous && props.onMoment(props.previous)}
            data-testid="sample-previous"
          >
            ← Previous
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            disabled={props.next === null}
            onClick={() => props.next && props.onMoment(props.next)}
            data-testid="sample-next"
          >
            Next →
          </Button>
          <Button
            size="compact-sm"
            variant={latest ? "filled" : "light"}
            onClick={() => props.onMoment(null)}
            data-testid="sample-latest"
          >
            Latest
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
