import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";

export function QueryExplorerPage() {
  return (
    <>
      <PageHeader title="Query Explorer" description="Top queries and per-query history." />
      <NotInBuildState
        area="Query Explorer"
        plannedFor="the top queries by time and calls, and each query's history"
      />
    </>
  );
}
