import type { EngineKind } from "@logstag/protocol";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import { EmptyPageState, LoadingState } from "../../components/page-states.tsx";
import { byModule } from "./engine-modules.utils.ts";
import { type EngineArea, engineSupport, unsupportedDescription } from "./engine-support.ts";

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/** Lazy components per engine module, from an area's `import.meta.glob("./engines/*\/index.tsx")`. */
export function lazyEngineModules<P>(
  files: Record<string, Loader<P>>,
): ReadonlyMap<string, LazyExoticComponent<ComponentType<P>>> {
  return new Map([...byModule(files)].map(([name, load]) => [name, lazy(load)]));
}

/** Renders the engine's own panels of an area, loaded on first use. */
export function EngineModuleView<P extends object>(props: {
  area: EngineArea;
  engine: EngineKind;
  modules: ReadonlyMap<string, LazyExoticComponent<ComponentType<P>>>;
  moduleProps: P;
}) {
  const module = engineSupport(props.engine)?.module;
  const View = module === undefined ? undefined : props.modules.get(module);
  if (!View) {
    return (
      <EmptyPageState
        title="Not available for this engine yet"
        description={unsupportedDescription(props.area, props.engine)}
      />
    );
  }
  return (
    <Suspense fallback={<LoadingState label="Loading panels…" />}>
      <View {...props.moduleProps} />
    </Suspense>
  );
}
