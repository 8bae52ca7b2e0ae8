import { PasswordInput } from "@mantine/core";
import { newPasswordProblem } from "./accept-invitation.utils.ts";

/** A new password typed twice, with the same rules the backend applies. */
export function NewPasswordFields(props: {
  password: string;
  confirm: string;
  email: string;
  onPassword: (v: string) => void;
  onConfirm: (v: string) => void;
}) {
  const problem = newPasswordProblem(props.password, props.confirm, props.email);
  return (
    <>
      <PasswordInput
        label="New password"
        description="At least 12 characters"
        value={props.password}
        onChange={(e) => props.onPassword(e.currentTarget.value)}
        error={problem}
        autoComplete="new-password"
        required
        data-testid="new-password"
      />
      <PasswordInput
        label="New password again"
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.currentTarget.value)}
        autoComplete="new-password"
        required
        data-testid="new-password-confirm"
      />
    </>
  );
}

export const newPasswordReady = (password: string, confirm: string, email: string) =>
  password !== "" && confirm === password && newPasswordProblem(password, confirm, email) === null;
