import type { ReportSummary } from "@logstag/api-contract";
import { Button, Group, Menu, Select } from "@mantine/core";
import { EXPORT_FORMATS, exportHref } from "../../lib/report-exports.ts";
import { formatAbsoluteTime } from "../../lib/time.utils.ts";
import { GenerateReportButton } from "./generate-report-button.tsx";

/** Which report is shown, a new one on demand, and its downloads. */
export function ReportActions(props: {
  targetId: string;
  reportId: string;
  reports: readonly ReportSummary[];
  onPick: (reportId: string) => void;
  onGenerated: () => void;
}) {
  const options = props.reports.map((r, index) => ({
    value: r.id,
    label: `${formatAbsoluteTime(r.generatedAt).slice(0, 16)} · ${r.score}${index === 0 ? " · latest" : ""}`,
  }));
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        size="xs"
        w={230}
        aria-label="Report"
        data={options}
        value={props.reportId}
        onChange={(id) => id && props.onPick(id)}
        allowDeselect={false}
        data-testid="report-picker"
      />
      <GenerateReportButton targetId={props.targetId} onDone={props.onGenerated} />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" data-testid="download-menu">
            Download
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {EXPORT_FORMATS.map(({ format, label }) => (
            <Menu.Item
              key={format}
              component="a"
              href={exportHref(props.reportId, format)}
              download
              data-testid={`download-${format}`}
            >
              {label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
