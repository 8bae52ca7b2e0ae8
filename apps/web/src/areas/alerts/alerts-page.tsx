import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";

export function AlertsPage() {
  return (
    <>
      <PageHeader title="Alerts" description="Alert rules from templates and what is firing." />
      <NotInBuildState
        area="Alerts"
        plannedFor="alert rules created from templates, their pending, firing and resolved states, acknowledgements and silences"
      />
    </>
  );
}
