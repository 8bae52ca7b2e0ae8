import { SimpleGrid, Stack } from "@mantine/core";
import type { QueryExplorerEngineProps } from "../../engine-modules.ts";
import { CommandHistory } from "./command-history.tsx";
import { CommandsPanel } from "./commands-panel.tsx";
import { ErrorsPanel } from "./errors-panel.tsx";
import { SlowlogPanel } from "./slowlog-panel.tsx";

/** Redis and Valkey: command analytics from commandstats, the slow log and errorstats. */
export default function RedisCommands(props: QueryExplorerEngineProps) {
  return (
    <Stack gap="md">
      {props.selected && (
        <CommandHistory
          targetId={props.targetId}
          range={props.range}
          command={props.selected}
          onClose={() => props.onSelect(null)}
        />
      )}
      <CommandsPanel
        targetId={props.targetId}
        range={props.range}
        selected={props.selected}
        onSelect={props.onSelect}
      />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <SlowlogPanel targetId={props.targetId} range={props.range} />
        <ErrorsPanel targetId={props.targetId} range={props.range} />
      </SimpleGrid>
    </Stack>
  );
}
