import { API_ROUTES } from "@logstag/api-contract";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../api-client.ts";

/** Changes the signed-in person's password; their other sessions end. */
export const useChangePasswordMutation = () =>
  useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiRequest(API_ROUTES.passwords.change, { body: input }),
  });

/** Sets a new password with a reset link's token; every session of the person ends. */
export const useResetPasswordMutation = () =>
  useMutation({
    mutationFn: (input: { token: string; newPassword: string }) =>
      apiRequest(API_ROUTES.passwords.reset, { body: input }),
  });
