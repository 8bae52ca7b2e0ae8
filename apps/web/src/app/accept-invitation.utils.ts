import { findPasswordProblem } from "@logstag/api-contract";

/** The invitation token from a link's fragment (`#token=lsi_…`), or null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token")?.trim();
  return token ? token : null;
}

/** What is wrong with the new password form, in the order a person fixes it; null when ready. */
export function newPasswordProblem(
  password: string,
  confirm: string,
  email: string,
): string | null {
  if (password === "") return null;
  const problem = findPasswordProblem(password, email);
  if (problem) return `The password is too weak: ${problem}.`;
  if (confirm !== "" && confirm !== password) return "The two passwords differ.";
  return null;
}
