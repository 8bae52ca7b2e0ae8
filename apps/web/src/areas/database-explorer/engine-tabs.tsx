import { Tabs } from "@mantine/core";
import type { ReactNode } from "react";

export interface EngineTab {
  value: string;
  label: string;
  render: () => ReactNode;
}

/** An engine's tabs; an unknown tab in the URL shows the first one. */
export function EngineTabs(props: {
  tabs: readonly EngineTab[];
  tab: string;
  onTab: (tab: string) => void;
}) {
  const current = props.tabs.find((t) => t.value === props.tab) ?? props.tabs[0];
  return (
    <Tabs
      value={current?.value ?? null}
      onChange={(next) => next && props.onTab(next)}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        {props.tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value} data-testid={`tab-${t.value}`}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {props.tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value}>
          {t.render()}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
