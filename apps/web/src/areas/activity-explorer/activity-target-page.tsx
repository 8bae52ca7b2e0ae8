import { useParams, useSearchParams } from "react-router";
import { ExplorerTargetPage } from "../../components/explorer-target-page.tsx";
import { mergeSearch } from "../../lib/search-params.utils.ts";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { parseMoment } from "./activity.utils.ts";
import { ACTIVITY_EXPLORER_ENGINES } from "./engine-modules.ts";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

export function ActivityTargetPage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);
  const state = {
    range: parseTimeRangeKey(search.get("range")),
    at: parseMoment(search.get("at")),
  };
  const update = (next: Partial<typeof state>) =>
    setSearch(mergeSearch(state, next), { replace: true });

  return (
    <ExplorerTargetPage
      area="activity-explorer"
      description="What the server was doing at any moment: sessions or clients, waits and blocking."
      targetId={targetId}
      targets={targets}
      target={target}
      range={state.range}
      onRange={(range) => update({ range })}
      modules={ACTIVITY_EXPLORER_ENGINES}
      moduleProps={{
        targetId,
        range: state.range,
        moment: state.at,
        onMoment: (at) => update({ at }),
      }}
    />
  );
}
