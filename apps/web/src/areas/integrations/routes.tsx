import type { RouteObject } from "react-router";
import { IntegrationCatalogPage } from "./integration-catalog-page.tsx";
import { IntegrationsPage } from "./integrations-page.tsx";

export const integrationsRoutes: RouteObject[] = [
  { path: "integrations", element: <IntegrationsPage /> },
  { path: "integrations/catalog", element: <IntegrationCatalogPage /> },
];
