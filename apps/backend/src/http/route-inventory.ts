import type { FastifyInstance } from "fastify";

export interface RegisteredRoute {
  method: string;
  url: string;
}

const inventories = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Records every route the app registers from now on, whoever registers it (tests walk the list). */
export function trackRoutes(app: FastifyInstance): void {
  const list: RegisteredRoute[] = [];
  inventories.set(app, list);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) list.push({ method, url: route.url });
  });
}

export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  return [...(inventories.get(app) ?? [])];
}
