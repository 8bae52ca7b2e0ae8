import type { TargetSummary } from "@logstag/api-contract";
import { Group, Stack } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import { useNavigate } from "react-router";
import { EngineModuleView } from "../lib/engines/engine-module-view.tsx";
import { AREA_TITLES, type EngineArea } from "../lib/engines/engine-support.ts";
import type { TimeRangeKey } from "../lib/time-range.ts";
import { AreaLinks } from "./area-links.tsx";
import { PageHeader } from "./page-header.tsx";
import { TargetGate } from "./target-gate.tsx";
import { TargetPicker } from "./target-picker.tsx";
import { TimeRangePicker } from "./time-range-picker.tsx";

/**
 * One target's page in an explorer area: the header (area links, target picker, time range), the
 * target's loading/missing/unsupported states, then the engine's own panels.
 */
export function ExplorerTargetPage<P extends object>(props: {
  area: EngineArea;
  description: string;
  targetId: string;
  targets: UseQueryResult<TargetSummary[]>;
  target: UseQueryResult<TargetSummary>;
  /** Kept when another target is picked. */
  range: TimeRangeKey;
  /** Shows the time range picker; left out where the page has no time range. */
  onRange?: ((range: TimeRangeKey) => void) | undefined;
  loadingLabel?: string;
  /** Shown above the engine's panels once the target is loaded. */
  intro?: (target: TargetSummary) => ReactNode;
  modules: ReadonlyMap<string, LazyExoticComponent<ComponentType<P>>>;
  moduleProps: P;
}) {
  const { area, targetId, range, onRange } = props;
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <PageHeader
        title={AREA_TITLES[area]}
        description={props.description}
        actions={
          <Group gap="sm" justify="flex-end">
            <AreaLinks engine={props.target.data?.engine} targetId={targetId} current={area} />
            <TargetPicker
              targets={props.targets.data}
              isPending={props.targets.isPending}
              area={area}
              value={targetId}
              onChange={(id) => navigate(`/${area}/${id}?range=${range}`)}
            />
            {onRange && <TimeRangePicker value={range} onChange={onRange} />}
          </Group>
        }
      />
      <TargetGate
        target={props.target}
        area={area}
        loadingLabel={props.loadingLabel ?? "Loading target…"}
      >
        {(data) => (
          <>
            {props.intro?.(data)}
            <EngineModuleView
              area={area}
              engine={data.engine}
              modules={props.modules}
              moduleProps={props.moduleProps}
            />
          </>
        )}
      </TargetGate>
    </Stack>
  );
}
