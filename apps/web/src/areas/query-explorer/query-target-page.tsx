import { useParams, useSearchParams } from "react-router";
import { ExplorerTargetPage } from "../../components/explorer-target-page.tsx";
import { mergeSearch } from "../../lib/search-params.utils.ts";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { QUERY_EXPLORER_ENGINES } from "./engine-modules.ts";
import { useTargetQuery } from "./target-query.ts";
import { useTargetsQuery } from "./targets-query.ts";

export function QueryTargetPage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);
  const state = { range: parseTimeRangeKey(search.get("range")), selected: search.get("selected") };
  const update = (next: Partial<typeof state>) =>
    setSearch(mergeSearch(state, next), { replace: true });

  return (
    <ExplorerTargetPage
      area="query-explorer"
      description="What the server spends its time on: calls, time per call and errors, over the range."
      targetId={targetId}
      targets={targets}
      target={target}
      range={state.range}
      onRange={(range) => update({ range })}
      modules={QUERY_EXPLORER_ENGINES}
      moduleProps={{
        targetId,
        range: state.range,
        selected: state.selected,
        onSelect: (selected) => update({ selected }),
      }}
    />
  );
}
