import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";

export function AuditLogsPage() {
  return (
    <>
      <PageHeader title="Audit Logs" description="Who changed what in this organization." />
      <RequireAccess access="owner">
        <NotInBuildState
          area="Audit Logs"
          plannedFor="every change made in the organization, who made it and when"
        />
      </RequireAccess>
    </>
  );
}
