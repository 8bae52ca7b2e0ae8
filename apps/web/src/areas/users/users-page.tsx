import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";

export function UsersPage() {
  return (
    <>
      <PageHeader
        title="Users"
        description="Members of the organization, their roles and access."
      />
      <RequireAccess access="admin">
        <NotInBuildState
          area="Users"
          plannedFor="the members of the organization, their roles and invitations"
        />
      </RequireAccess>
    </>
  );
}
