import type { RouteObject } from "react-router";
import { DatabaseExplorerPage } from "./database-explorer-page.tsx";
import { InstancePage } from "./instance-page.tsx";

export const databaseExplorerRoutes: RouteObject[] = [
  { path: "database-explorer", element: <DatabaseExplorerPage /> },
  { path: "database-explorer/:targetId", element: <InstancePage /> },
];
