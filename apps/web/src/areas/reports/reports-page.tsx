import { PreviewPage } from "../../components/preview-page.tsx";

const REPORTS_PLANNED = [
  "Scheduled monitoring reports per database or fleet",
  "Health Check output as HTML, JSON and PDF",
  "Delivery by e-mail and to integrations",
];

export function ReportsPage() {
  return (
    <PreviewPage
      title="Reports"
      stage="Coming soon"
      summary="Monitoring reports you can schedule and share."
      planned={REPORTS_PLANNED}
    />
  );
}
