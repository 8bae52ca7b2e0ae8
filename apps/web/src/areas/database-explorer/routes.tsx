import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const DatabaseExplorerPage = lazyPage(
  () => import("./database-explorer-page.tsx"),
  "DatabaseExplorerPage",
);
const InstancePage = lazyPage(() => import("./instance-page.tsx"), "InstancePage");

export const databaseExplorerRoutes: RouteObject[] = [
  { path: "database-explorer", element: <DatabaseExplorerPage /> },
  { path: "database-explorer/:targetId", element: <InstancePage /> },
];
