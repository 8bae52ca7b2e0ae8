import { fail, listNames, pass } from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { needSecurity } from "./config.ts";

const SECURITY_DOCS = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/";

export const securityChecks: HealthCheck[] = [
  {
    id: "redis.default_user_nopass",
    title: "Default user without a password",
    category: "security",
    severity: "critical",
    reads: ["snapshot redis.security (default user)"],
    why: "Anyone who reaches the port can read, change or delete every key and, with CONFIG, write files on the host.",
    docsUrl: `${SECURITY_DOCS}acl/`,
    evaluate(input) {
      const s = needSecurity(input);
      if (s.defaultUserNoPassword === null || s.defaultUserEnabled === null) {
        return {
          status: "not_evaluated",
          reason: "the server did not say whether the default user has a password (ACL needs 6.0+)",
          fix: null,
        };
      }
      if (!(s.defaultUserEnabled && s.defaultUserNoPassword)) return pass();
      return fail({
        summary:
          "The default user is enabled with nopass: connections are accepted without any password.",
        evidence: {
          "default user": "on, nopass",
          "protected-mode": s.protectedMode === null ? "unknown" : s.protectedMode ? "yes" : "no",
        },
        recommendation:
          "Give the default user a strong password (or disable it and create named ACL users per application).",
        command:
          "ACL SETUSER default on resetpass >'<a long random password>'\nACL SAVE  # or CONFIG REWRITE when users live in redis.conf",
      });
    },
  },
  {
    id: "redis.protected_mode_off",
    title: "protected-mode is off",
    category: "security",
    severity: "high",
    reads: ["snapshot redis.security (protected mode, default user)"],
    why: "protected-mode refuses outside connections while no password is set; off, an instance bound to a public address is open to anyone.",
    docsUrl: SECURITY_DOCS,
    evaluate(input) {
      const s = needSecurity(input);
      if (s.protectedMode === null)
        return {
          status: "not_evaluated",
          reason: "the server did not report protected-mode",
          fix: null,
        };
      if (s.protectedMode) return pass();
      const open = s.defaultUserEnabled === true && s.defaultUserNoPassword === true;
      return fail({
        severity: open ? "critical" : "medium",
        summary: `protected-mode is off${open ? " and the default user needs no password" : ""}.`,
        evidence: { "protected-mode": "no", "default user password": open ? "none" : "set" },
        recommendation:
          "Turn protected-mode back on, bind only to private interfaces, and require passwords.",
        command: "CONFIG SET protected-mode yes\nCONFIG REWRITE",
      });
    },
  },
  {
    id: "redis.dangerous_commands",
    title: "Dangerous commands available",
    category: "security",
    severity: "medium",
    reads: ["snapshot redis.security (dangerous commands)"],
    why: "FLUSHALL, CONFIG, DEBUG, KEYS and similar commands can wipe data, reconfigure the server or block it; applications rarely need them.",
    docsUrl: `${SECURITY_DOCS}acl/`,
    evaluate(input) {
      const s = needSecurity(input);
      if (s.dangerousCommands.length === 0) return pass();
      return fail({
        severity: s.dangerousCommands.length >= 5 ? "medium" : "low",
        summary: `${s.dangerousCommands.length} dangerous commands are offered under their own names: ${listNames(s.dangerousCommands, 8)}.`,
        evidence: { Commands: s.dangerousCommands.join(", ") },
        recommendation:
          "Deny them to application users with ACL rules (the @dangerous category), keeping them for an administrator user.",
        command: "ACL SETUSER <app_user> -@dangerous\nACL SAVE",
      });
    },
  },
];
