import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const IntegrationCatalogPage = lazyPage(
  () => import("./integration-catalog-page.tsx"),
  "IntegrationCatalogPage",
);
const IntegrationsPage = lazyPage(() => import("./integrations-page.tsx"), "IntegrationsPage");

export const integrationsRoutes: RouteObject[] = [
  { path: "integrations", element: <IntegrationsPage /> },
  { path: "integrations/catalog", element: <IntegrationCatalogPage /> },
];
