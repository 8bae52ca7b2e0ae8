import { TargetEntryPage } from "../../components/target-entry-page.tsx";
import { useTargetsQuery } from "./targets-query.ts";

export function ActivityExplorerPage() {
  return (
    <TargetEntryPage
      targets={useTargetsQuery()}
      basePath="/activity-explorer"
      title="Activity Explorer"
      description="Sessions, waits, locks and blocking."
      shows="its sessions"
    />
  );
}
