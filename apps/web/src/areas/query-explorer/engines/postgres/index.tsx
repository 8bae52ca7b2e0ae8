import { Stack } from "@mantine/core";
import type { QueryExplorerEngineProps } from "../../engine-modules.ts";
import { StatementHistory } from "./statement-history.tsx";
import { StatementsPanel } from "./statements-panel.tsx";

/** PostgreSQL: top statements from pg_stat_statements and each statement's history. */
export default function PostgresStatements(props: QueryExplorerEngineProps) {
  return (
    <Stack gap="md">
      {props.selected && (
        <StatementHistory
          targetId={props.targetId}
          range={props.range}
          statementKey={props.selected}
          onClose={() => props.onSelect(null)}
        />
      )}
      <StatementsPanel
        targetId={props.targetId}
        range={props.range}
        selected={props.selected}
        onSelect={props.onSelect}
      />
    </Stack>
  );
}
