import type { RouteObject } from "react-router";
import { AuditLogsPage } from "./audit-logs-page.tsx";

export const auditLogsRoutes: RouteObject[] = [{ path: "audit-logs", element: <AuditLogsPage /> }];
