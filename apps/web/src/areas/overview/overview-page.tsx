import { PreviewPage } from "../../components/preview-page.tsx";

const OVERVIEW_PLANNED = [
  "Instances and databases at a glance, with their status",
  "Connections and workload trends across the fleet",
  "Firing alerts and recent health check results in one place",
];

export function OverviewPage() {
  return (
    <PreviewPage
      title="Overview"
      stage="Coming soon"
      summary="A consolidated dashboard across every monitored instance."
      planned={OVERVIEW_PLANNED}
    />
  );
}
