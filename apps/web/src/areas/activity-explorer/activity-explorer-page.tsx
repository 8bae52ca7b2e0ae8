import { TargetEntryPage } from "../../components/target-entry-page.tsx";
import { useTargetsQuery } from "./targets-query.ts";

export function ActivityExplorerPage() {
  return (
    <TargetEntryPage
      targets={useTargetsQuery()}
      area="activity-explorer"
      description="Sessions and clients at any moment: waits, locks, blocking, commands."
      shows="its sessions or clients"
    />
  );
}
