import { TargetEntryPage } from "../../components/target-entry-page.tsx";
import { useTargetsQuery } from "./queries.ts";

export function SchemaExplorerPage() {
  return (
    <TargetEntryPage
      targets={useTargetsQuery()}
      area="schema-explorer"
      description="Tables, indexes and other objects of your databases, and how the schema changed."
      shows="its schema"
    />
  );
}
