import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router";

const TABS = [
  { value: "/alerts", label: "Alerts" },
  { value: "/alerts/rules", label: "Rules" },
  { value: "/alerts/silences", label: "Silences" },
];

export function AlertsSubnav() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((tab) => tab.value === location.pathname)?.value ?? "/alerts";
  return (
    <Tabs value={current} onChange={(value) => value && navigate(value)} mb="md">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab
            key={tab.value}
            value={tab.value}
            data-testid={`alerts-tab-${tab.label.toLowerCase()}`}
          >
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
