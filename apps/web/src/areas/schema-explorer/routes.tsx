import type { RouteObject } from "react-router";
import { SchemaExplorerPage } from "./schema-explorer-page.tsx";

export const schemaExplorerRoutes: RouteObject[] = [
  { path: "schema-explorer", element: <SchemaExplorerPage /> },
];
