import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";

export function SchemaExplorerPage() {
  return (
    <>
      <PageHeader
        title="Schema Explorer"
        description="Schema and index metadata of your databases."
      />
      <NotInBuildState
        area="Schema Explorer"
        plannedFor="tables, indexes and their sizes, and how the schema changed over time"
      />
    </>
  );
}
