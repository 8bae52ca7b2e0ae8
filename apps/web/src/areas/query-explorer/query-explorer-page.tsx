import { TargetEntryPage } from "../../components/target-entry-page.tsx";
import { useTargetsQuery } from "./targets-query.ts";

export function QueryExplorerPage() {
  return (
    <TargetEntryPage
      targets={useTargetsQuery()}
      area="query-explorer"
      description="Top queries or commands by time and calls, and each one's history."
      shows="its queries or commands"
    />
  );
}
