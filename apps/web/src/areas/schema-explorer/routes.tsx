import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const SchemaExplorerPage = lazyPage(
  () => import("./schema-explorer-page.tsx"),
  "SchemaExplorerPage",
);
const SchemaTargetPage = lazyPage(() => import("./schema-target-page.tsx"), "SchemaTargetPage");

export const schemaExplorerRoutes: RouteObject[] = [
  { path: "schema-explorer", element: <SchemaExplorerPage /> },
  { path: "schema-explorer/:targetId", element: <SchemaTargetPage /> },
];
