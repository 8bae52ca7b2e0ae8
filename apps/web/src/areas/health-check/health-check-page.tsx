import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";

export function HealthCheckPage() {
  return (
    <>
      <PageHeader title="Health Check" description="Health check reports per database." />
      <NotInBuildState
        area="Health Check"
        plannedFor="reports per database with findings, severities, concrete recommendations, a score and its history"
      />
    </>
  );
}
