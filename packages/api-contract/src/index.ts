import { alertRuleRoutes } from "./alert-rules.ts";
import { alertTemplateRoutes } from "./alert-templates.ts";
import { alertRoutes, silenceRoutes } from "./alerts.ts";
import { agentKeyRoutes, apiKeyRoutes } from "./api-keys.ts";
import { assetRoutes } from "./assets.ts";
import { auditRoutes } from "./audit.ts";
import { authRoutes } from "./auth.ts";
import { changeRoutes } from "./changes.ts";
import { healthRoutes } from "./health.ts";
import { healthCheckRoutes } from "./health-check-routes.ts";
import { instanceRoutes } from "./instance.ts";
import { channelRoutes, policyRoutes } from "./integrations.ts";
import { passwordRoutes } from "./passwords.ts";
import { reportScheduleRoutes } from "./report-schedules.ts";
import { seriesRoutes } from "./series.ts";
import { snapshotRouteTable } from "./snapshots.ts";
import { invitationRoutes, memberRoutes, organizationRoutes } from "./users.ts";

export * from "./alert-rules.ts";
export * from "./alert-templates.ts";
export * from "./alerts.ts";
export * from "./api-keys.ts";
export * from "./assets.ts";
export * from "./audit.ts";
export * from "./auth.ts";
export * from "./changes.ts";
export * from "./errors.ts";
export * from "./health.ts";
export * from "./health-check-routes.ts";
export * from "./health-report.ts";
export * from "./instance.ts";
export * from "./integrations.ts";
export * from "./passwords.ts";
export * from "./permissions.ts";
export * from "./report-schedules.ts";
export * from "./route.ts";
export * from "./series.ts";
export * from "./snapshots.ts";
export * from "./users.ts";

/** Every backend↔web route. The backend registers exactly these; tests walk this table. */
export const API_ROUTES = {
  health: healthRoutes,
  auth: authRoutes,
  passwords: passwordRoutes,
  members: memberRoutes,
  invitations: invitationRoutes,
  organization: organizationRoutes,
  apiKeys: apiKeyRoutes,
  agentKeys: agentKeyRoutes,
  audit: auditRoutes,
  assets: assetRoutes,
  series: seriesRoutes,
  instance: instanceRoutes,
  snapshots: snapshotRouteTable,
  alertTemplates: alertTemplateRoutes,
  alertRules: alertRuleRoutes,
  alerts: alertRoutes,
  silences: silenceRoutes,
  channels: channelRoutes,
  policies: policyRoutes,
  changes: changeRoutes,
  healthChecks: healthCheckRoutes,
  reportSchedules: reportScheduleRoutes,
} as const;
