import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * A page component loaded with its area's chunk on first visit, so the login page and the first
 * page after sign-in do not carry the code of every area.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
