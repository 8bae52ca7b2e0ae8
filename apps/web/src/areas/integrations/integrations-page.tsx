import { PageHeader } from "../../components/page-header.tsx";
import { NotInBuildState } from "../../components/page-states.tsx";

export function IntegrationsPage() {
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Where Logstag sends notifications and issues: Jira Cloud, Slack, webhooks and e-mail."
      />
      <NotInBuildState
        area="Integrations"
        plannedFor="the connected Jira Cloud, Slack, webhook and e-mail channels, and the alert rules that notify them"
      />
    </>
  );
}
