import type { Diagnostic } from "@logstag/protocol";

/**
 * A collector could not run because the server refused it a privilege. The scheduler turns it
 * into a `privilege` error payload that also carries the diagnostic, so `check` prints the fix.
 */
export class MissingPrivilegeError extends Error {
  constructor(
    message: string,
    readonly diagnostic: Diagnostic,
  ) {
    super(message);
    this.name = "MissingPrivilegeError";
  }
}
