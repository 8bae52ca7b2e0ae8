import { assetRoutes } from "./assets.ts";
import { authRoutes } from "./auth.ts";
import { healthRoutes } from "./health.ts";
import { seriesRoutes } from "./series.ts";

export * from "./assets.ts";
export * from "./auth.ts";
export * from "./errors.ts";
export * from "./health.ts";
export * from "./route.ts";
export * from "./series.ts";

/** Every backend↔web route. The backend registers exactly these; tests walk this table. */
export const API_ROUTES = {
  health: healthRoutes,
  auth: authRoutes,
  assets: assetRoutes,
  series: seriesRoutes,
} as const;
