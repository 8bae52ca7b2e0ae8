import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const SchemaExplorerPage = lazyPage(
  () => import("./schema-explorer-page.tsx"),
  "SchemaExplorerPage",
);

export const schemaExplorerRoutes: RouteObject[] = [
  { path: "schema-explorer", element: <SchemaExplorerPage /> },
];
