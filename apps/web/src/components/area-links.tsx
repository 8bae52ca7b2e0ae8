import type { EngineKind } from "@logstag/protocol";
import { Button } from "@mantine/core";
import { Link } from "react-router";
import {
  AREA_TITLES,
  ENGINE_AREAS,
  type EngineArea,
  supportsArea,
} from "../lib/engines/engine-support.ts";

/** Links to the same target in the other areas its engine is shown in. */
export function AreaLinks(props: {
  engine: EngineKind | undefined;
  targetId: string;
  current: EngineArea;
}) {
  const { engine } = props;
  if (engine === undefined) return null;
  const areas = ENGINE_AREAS.filter((area) => area !== props.current && supportsArea(engine, area));
  return areas.map((area) => (
    <Button
      key={area}
      component={Link}
      to={`/${area}/${props.targetId}`}
      variant="subtle"
      size="xs"
      data-testid={`open-${area}`}
    >
      {AREA_TITLES[area]} →
    </Button>
  ));
}
