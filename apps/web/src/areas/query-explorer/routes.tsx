import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const QueryExplorerPage = lazyPage(() => import("./query-explorer-page.tsx"), "QueryExplorerPage");
const QueryTargetPage = lazyPage(() => import("./query-target-page.tsx"), "QueryTargetPage");

export const queryExplorerRoutes: RouteObject[] = [
  { path: "query-explorer", element: <QueryExplorerPage /> },
  { path: "query-explorer/:targetId", element: <QueryTargetPage /> },
];
