import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const AuditLogsPage = lazyPage(() => import("./audit-logs-page.tsx"), "AuditLogsPage");

export const auditLogsRoutes: RouteObject[] = [{ path: "audit-logs", element: <AuditLogsPage /> }];
