import { TargetEntryPage } from "../../components/target-entry-page.tsx";
import { useTargetsQuery } from "./targets-query.ts";

export function DatabaseExplorerPage() {
  return (
    <TargetEntryPage
      targets={useTargetsQuery()}
      area="database-explorer"
      description="Instance metrics over time."
      shows="its metrics"
    />
  );
}
