import { ApiClientError } from "../lib/api-error.ts";

export const DEFAULT_AFTER_LOGIN = "/assets";

/** Where to go after signing in: the page the user came from, if it is a path inside this app. */
export function pathAfterLogin(state: unknown): string {
  if (typeof state !== "object" || state === null || !("from" in state)) return DEFAULT_AFTER_LOGIN;
  const from = state.from;
  if (typeof from !== "string" || !from.startsWith("/") || from.startsWith("//")) {
    return DEFAULT_AFTER_LOGIN;
  }
  if (from === "/" || from === "/login" || from.startsWith("/login?")) return DEFAULT_AFTER_LOGIN;
  return from;
}

export function describeLoginError(error: unknown): string {
  if (error instanceof ApiClientError) {
    if (error.status === 401) return "E-mail or password is wrong.";
    // The backend says how long the lock lasts; keep that, it is what the person needs.
    if (error.status === 429)
      return /try again/i.test(error.message)
        ? error.message
        : "Too many sign-in attempts. Wait a minute, then try again.";
    if (error.status === 400) return "Enter your e-mail address and password.";
    return error.message;
  }
  return "The Logstag server could not be reached. Check that it is running, then try again.";
}
