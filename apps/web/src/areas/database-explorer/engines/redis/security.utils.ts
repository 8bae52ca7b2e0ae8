import type { RedisSecurity } from "@logstag/protocol";

export type FindingState = "ok" | "warning" | "unknown";

export interface SecurityFinding {
  key: string;
  label: string;
  state: FindingState;
  detail: string;
}

function check(
  value: boolean | null,
  good: boolean,
  texts: { good: string; bad: string },
): Pick<SecurityFinding, "state" | "detail"> {
  if (value === null) return { state: "unknown", detail: "The server does not say." };
  return value === good
    ? { state: "ok", detail: texts.good }
    : { state: "warning", detail: texts.bad };
}

/** What an operator should know about access to the server, warnings first. */
export function securityFindings(row: RedisSecurity): SecurityFinding[] {
  const defaultOpen =
    row.defaultUserNoPassword === null || row.defaultUserEnabled === null
      ? null
      : row.defaultUserEnabled && row.defaultUserNoPassword;
  const findings: SecurityFinding[] = [
    {
      key: "default-user",
      label: "Default user",
      ...check(defaultOpen, false, {
        good: "Disabled, or protected by a password.",
        bad: "Enabled without a password: anyone who reaches the port can run commands.",
      }),
    },
    {
      key: "protected-mode",
      label: "Protected mode",
      ...check(row.protectedMode, true, {
        good: "On: without a password, only local clients are accepted.",
        bad: "Off: the server accepts clients from any address it listens on.",
      }),
    },
    {
      key: "dangerous-commands",
      label: "Dangerous commands",
      ...(row.dangerousCommands.length === 0
        ? { state: "ok", detail: "Renamed or disabled." }
        : {
            state: "warning",
            detail: `Still offered under their own name: ${row.dangerousCommands.join(", ")}.`,
          }),
    },
    {
      key: "acl-users",
      label: "ACL users",
      ...(row.aclUsers === null
        ? { state: "unknown", detail: "ACLs need version 6.0 or later." }
        : { state: "ok", detail: `${row.aclUsers} defined.` }),
    },
    {
      key: "acl-log",
      label: "ACL log",
      ...(row.aclLogDenials === null
        ? { state: "unknown", detail: "ACLs need version 6.0 or later." }
        : row.aclLogDenials === 0
          ? { state: "ok", detail: "No refused command or login logged." }
          : {
              state: "warning",
              detail: `${row.aclLogDenials} refused commands or logins logged (ACL LOG).`,
            }),
    },
  ];
  const rank: Record<FindingState, number> = { warning: 0, unknown: 1, ok: 2 };
  return findings.sort((a, b) => rank[a.state] - rank[b.state]);
}
