import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";

export function ActivityExplorerPage() {
  return (
    <>
      <PageHeader title="Activity Explorer" description="Sessions, waits, locks and blocking." />
      <NotInBuildState
        area="Activity Explorer"
        plannedFor="live and recent sessions, wait events, locks and blocking chains"
      />
    </>
  );
}
