import { useParams, useSearchParams } from "react-router";
import { ExplorerTargetPage } from "../../components/explorer-target-page.tsx";
import { withSearchParam } from "../../lib/search-params.utils.ts";
import { parseTimeRangeKey } from "../../lib/time-range.ts";
import { SCHEMA_EXPLORER_ENGINES } from "./engine-modules.ts";
import { useTargetQuery, useTargetsQuery } from "./queries.ts";

export function SchemaTargetPage() {
  const { targetId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const targets = useTargetsQuery();
  const target = useTargetQuery(targetId);
  const range = parseTimeRangeKey(search.get("range") ?? "7d");
  const setParam = (name: string, value: string | null) =>
    setSearch(withSearchParam(search, name, value), { replace: true });

  return (
    <ExplorerTargetPage
      area="schema-explorer"
      description="The latest schema of each database, its problems, and what changed."
      targetId={targetId}
      targets={targets}
      target={target}
      range={range}
      modules={SCHEMA_EXPLORER_ENGINES}
      moduleProps={{
        targetId,
        range,
        onRange: (next) => setParam("range", next),
        params: search,
        setParam,
      }}
    />
  );
}
