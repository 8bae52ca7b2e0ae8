import { Button, Text, Tooltip } from "@mantine/core";
import { describeError } from "../../lib/api-error.ts";
import { canAccess } from "../../lib/session/access.ts";
import { useSession } from "../../lib/session/use-session.ts";
import { useGenerateReportMutation } from "./generate-report-mutation.ts";

/** "Generate now" for those who may run reports; others read why it is not there. */
export function GenerateReportButton(props: {
  targetId: string;
  onDone?: (reportId: string) => void;
  size?: "compact-xs" | "xs";
  explainIfNotAllowed?: boolean;
}) {
  const { capabilities } = useSession();
  const generate = useGenerateReportMutation();
  if (!canAccess(capabilities, "reports.manage")) {
    return props.explainIfNotAllowed ? (
      <Text size="xs" c="dimmed" data-testid="generate-not-allowed">
        Members and above can generate a report on demand.
      </Text>
    ) : null;
  }
  return (
    <Tooltip
      label={
        generate.isError
          ? `Not generated: ${describeError(generate.error)}`
          : "Run every check on the data of the last 24 h"
      }
      color={generate.isError ? "red" : undefined}
      opened={generate.isError ? true : undefined}
      withArrow
    >
      <Button
        size={props.size ?? "xs"}
        variant="default"
        loading={generate.isPending}
        onClick={() =>
          generate.mutate(props.targetId, { onSuccess: (report) => props.onDone?.(report.id) })
        }
        data-testid="generate-report"
      >
        Generate now
      </Button>
    </Tooltip>
  );
}
