import { PreviewPage } from "../../components/preview-page.tsx";

const INSIGHTS_PLANNED = [
  "Optimization opportunities (indexes, queries, settings)",
  "Impact of schema and configuration changes on metrics",
  "Security posture of roles and privileges",
  "Data inventory across databases",
  "Capacity forecasting",
];

export function InsightsPage() {
  return (
    <PreviewPage
      title="Insights"
      stage="Roadmap"
      summary="Guidance drawn from what Logstag collects."
      planned={INSIGHTS_PLANNED}
    />
  );
}
