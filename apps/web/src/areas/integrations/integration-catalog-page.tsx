import { PreviewPage } from "../../components/preview-page.tsx";

const CATALOG_PLANNED = [
  "APM tools, to link slow queries to application traces",
  "CI/CD, to mark deployments on the database time line",
  "Project management beyond Jira Cloud",
  "Source control, to connect schema changes to commits",
  "Incident management and on-call",
  "Cloud monitoring and observability platforms",
];

export function IntegrationCatalogPage() {
  return (
    <PreviewPage
      title="Integration catalog"
      stage="Roadmap"
      summary="More tools Logstag will connect to."
      planned={CATALOG_PLANNED}
    />
  );
}
