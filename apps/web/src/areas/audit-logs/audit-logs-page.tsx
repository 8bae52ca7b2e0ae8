import { Button, Center, Paper, Stack, Text } from "@mantine/core";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { EmptyPageState, ErrorState, LoadingState } from "../../components/page-states.tsx";
import { RequireAccess } from "../../components/require-access.tsx";
import { useSession } from "../../lib/session/use-session.ts";
import { AuditFilters } from "./audit-filters.tsx";
import { useAuditLogQuery } from "./audit-log-query.ts";
import { exportHref, filtersFromSearch, filtersToSearch } from "./audit-logs.utils.ts";
import { AuditTable } from "./audit-table.tsx";

export function AuditLogsPage() {
  const { capabilities } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  return (
    <>
      <PageHeader
        title="Audit Logs"
        description="Every change and security event in this organization: who, what, when and from where."
        actions={
          capabilities.includes("audit.read") && (
            <Button
              component="a"
              href={exportHref(filters)}
              download
              variant="default"
              size="sm"
              data-testid="audit-export"
            >
              Export CSV
            </Button>
          )
        }
      />
      <RequireAccess access="audit.read">
        <Stack gap="md">
          <AuditFilters
            filters={filters}
            onChange={(next) => setSearch(filtersToSearch(next), { replace: true })}
          />
          <AuditRecords filters={filters} />
        </Stack>
      </RequireAccess>
    </>
  );
}

function AuditRecords({ filters }: { filters: ReturnType<typeof filtersFromSearch> }) {
  const log = useAuditLogQuery(filters);
  if (log.isPending) return <LoadingState label="Loading the audit log…" />;
  if (log.isError) return <ErrorState error={log.error} onRetry={() => log.refetch()} />;
  const entries = log.data.pages.flatMap((p) => p.entries);
  if (entries.length === 0)
    return (
      <EmptyPageState
        title="No records match"
        description={
          Object.keys(filters).length > 0
            ? "Nothing was recorded with these filters; clear some of them."
            : "Nothing has been recorded in this organization yet."
        }
      />
    );
  return (
    <Paper withBorder radius="sm">
      <AuditTable entries={entries} />
      <Center p="sm">
        {log.hasNextPage ? (
          <Button
            variant="default"
            size="xs"
            loading={log.isFetchingNextPage}
            onClick={() => log.fetchNextPage()}
            data-testid="audit-more"
          >
            Load older records
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            All {entries.length} matching record{entries.length === 1 ? " is" : "s are"} shown.
          </Text>
        )}
      </Center>
    </Paper>
  );
}
