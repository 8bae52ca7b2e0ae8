import type { RouteObject } from "react-router";
import { QueryExplorerPage } from "./query-explorer-page.tsx";

export const queryExplorerRoutes: RouteObject[] = [
  { path: "query-explorer", element: <QueryExplorerPage /> },
];
