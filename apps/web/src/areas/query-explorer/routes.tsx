import type { RouteObject } from "react-router";
import { QueryExplorerPage } from "./query-explorer-page.tsx";
import { QueryTargetPage } from "./query-target-page.tsx";

export const queryExplorerRoutes: RouteObject[] = [
  { path: "query-explorer", element: <QueryExplorerPage /> },
  { path: "query-explorer/:targetId", element: <QueryTargetPage /> },
];
