import { Tabs } from "@mantine/core";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { ReportsPanel } from "./reports-panel.tsx";
import { SchedulesPanel } from "./schedules-panel.tsx";

export function ReportsPage() {
  const [search, setSearch] = useSearchParams();
  const tab = search.get("tab") === "schedules" ? "schedules" : "reports";
  return (
    <>
      <PageHeader
        title="Reports"
        description="Health check reports of every target, and the schedules that e-mail them."
      />
      <RequireAccess access="reports.read">
        <Tabs
          value={tab}
          onChange={(next) => setSearch(next === "schedules" ? { tab: "schedules" } : {})}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="reports" data-testid="tab-reports">
              All reports
            </Tabs.Tab>
            <Tabs.Tab value="schedules" data-testid="tab-schedules">
              Schedules
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="reports">
            <ReportsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="schedules">
            <SchedulesPanel />
          </Tabs.Panel>
        </Tabs>
      </RequireAccess>
    </>
  );
}
