import { API_ROUTES, type ScheduleListResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { reportsKeys } from "./keys.ts";

export function fetchSchedules(signal: AbortSignal): Promise<ScheduleListResponse> {
  return apiRequest(API_ROUTES.reportSchedules.list, { signal });
}

export function useSchedulesQuery() {
  return useQuery({
    queryKey: reportsKeys.schedules(),
    queryFn: ({ signal }) => fetchSchedules(signal),
  });
}
