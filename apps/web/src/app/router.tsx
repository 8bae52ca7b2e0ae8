import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { activityExplorerRoutes } from "../areas/activity-explorer/routes.tsx";
import { alertsRoutes } from "../areas/alerts/routes.tsx";
import { apiKeysRoutes } from "../areas/api-keys/routes.tsx";
import { assetsRoutes } from "../areas/assets/routes.tsx";
import { auditLogsRoutes } from "../areas/audit-logs/routes.tsx";
import { databaseExplorerRoutes } from "../areas/database-explorer/routes.tsx";
import { healthCheckRoutes } from "../areas/health-check/routes.tsx";
import { insightsRoutes } from "../areas/insights/routes.tsx";
import { integrationsRoutes } from "../areas/integrations/routes.tsx";
import { overviewRoutes } from "../areas/overview/routes.tsx";
import { queryExplorerRoutes } from "../areas/query-explorer/routes.tsx";
import { reportsRoutes } from "../areas/reports/routes.tsx";
import { schemaExplorerRoutes } from "../areas/schema-explorer/routes.tsx";
import { usersRoutes } from "../areas/users/routes.tsx";
import { AcceptInvitationPage } from "./accept-invitation-page.tsx";
import { Shell } from "./app-shell.tsx";
import { ChangePasswordPage } from "./change-password-page.tsx";
import { LoginPage } from "./login-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RequireSession } from "./require-session.tsx";
import { ResetPasswordPage } from "./reset-password-page.tsx";

const areaRoutes: RouteObject[] = [
  ...healthCheckRoutes,
  ...databaseExplorerRoutes,
  ...schemaExplorerRoutes,
  ...activityExplorerRoutes,
  ...queryExplorerRoutes,
  ...alertsRoutes,
  ...assetsRoutes,
  ...integrationsRoutes,
  ...auditLogsRoutes,
  ...usersRoutes,
  ...apiKeysRoutes,
  ...overviewRoutes,
  ...insightsRoutes,
  ...reportsRoutes,
];

export function createAppRouter() {
  return createBrowserRouter([
    { path: "/login", element: <LoginPage /> },
    { path: "/accept-invitation", element: <AcceptInvitationPage /> },
    { path: "/reset-password", element: <ResetPasswordPage /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <Shell />,
          children: [
            { index: true, element: <Navigate to="/assets" replace /> },
            ...areaRoutes,
            { path: "account/password", element: <ChangePasswordPage /> },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
