import { API_ROUTES, type ScheduleBody } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { reportsKeys } from "./keys.ts";

export function useUpdateScheduleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scheduleId, body }: { scheduleId: string; body: ScheduleBody }) =>
      apiRequest(API_ROUTES.reportSchedules.update, { params: { scheduleId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportsKeys.schedules() }),
  });
}
