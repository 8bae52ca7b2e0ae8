import { fail, listNames, needRows, pass } from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { needSetting, needSettings, PG_DOCS, settingText, shown } from "./settings.ts";

/** Roles PostgreSQL itself creates (pg_*), never a finding. */
const isBuiltIn = (name: string) => name.startsWith("pg_");

export const securityChecks: HealthCheck[] = [
  {
    id: "postgres.password_encryption_md5",
    title: "Passwords are hashed with MD5",
    category: "security",
    severity: "medium",
    reads: ["snapshot postgres.settings (password_encryption)"],
    why: "MD5 password hashes can be replayed and brute-forced; SCRAM-SHA-256 is the supported method and MD5 is deprecated.",
    docsUrl: `${PG_DOCS}/runtime-config-connection.html#GUC-PASSWORD-ENCRYPTION`,
    evaluate(input) {
      const settings = needSettings(input);
      if (settingText(settings, "password_encryption") !== "md5") return pass();
      return fail({
        summary: "password_encryption = md5: new and changed passwords are stored as MD5 hashes.",
        evidence: { Setting: shown(needSetting(settings, "password_encryption")) },
        recommendation:
          "Switch to scram-sha-256, then have each role set its password again (\\password in psql) and change md5 lines in pg_hba.conf to scram-sha-256.",
        command: "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.ssl_off",
    title: "SSL is off",
    category: "security",
    severity: "medium",
    reads: ["snapshot postgres.settings (ssl)"],
    why: "Without TLS, passwords exchanged by weaker methods and all query results cross the network in clear text.",
    docsUrl: `${PG_DOCS}/ssl-tcp.html`,
    evaluate(input) {
      const settings = needSettings(input);
      if (settingText(settings, "ssl") !== "off") return pass();
      const listen = settings.get("listen_addresses")?.setting ?? null;
      return fail({
        summary: `ssl = off: clients cannot encrypt their connections${listen ? ` (listen_addresses = '${listen}')` : ""}.`,
        evidence: {
          Setting: shown(needSetting(settings, "ssl")),
          ...(listen !== null ? { listen_addresses: listen } : {}),
        },
        recommendation:
          "Install a certificate and key (ssl_cert_file, ssl_key_file), turn ssl on, and require it with hostssl lines in pg_hba.conf. Servers reachable only through a Unix socket may ignore this.",
        command: "ALTER SYSTEM SET ssl = on; SELECT pg_reload_conf();",
      });
    },
  },
  {
    id: "postgres.superuser_logins",
    title: "Several roles can log in as superuser",
    category: "security",
    severity: "medium",
    reads: ["snapshot postgres.roles"],
    why: "A superuser bypasses every permission check and can run programs as the server's operating system user; each extra one widens the attack surface.",
    docsUrl: `${PG_DOCS}/role-attributes.html`,
    evaluate(input) {
      const supers = needRows(input, "postgres.roles")
        .filter((r) => r.superuser && r.canLogin && !isBuiltIn(r.name))
        .map((r) => r.name)
        .sort();
      if (supers.length <= 1) return pass();
      return fail({
        summary: `${supers.length} roles can log in with superuser rights: ${listNames(supers)}.`,
        evidence: { "Superuser login roles": supers.join(", ") },
        recommendation:
          "Keep one superuser for administration; give applications and people only the privileges they need (predefined roles such as pg_monitor, pg_read_all_data, object grants).",
        command: supers
          .slice(1)
          .map((name) => `ALTER ROLE "${name.replaceAll('"', '""')}" NOSUPERUSER;`)
          .join("\n"),
      });
    },
  },
  {
    id: "postgres.password_no_expiry",
    title: "Login roles whose password never expires",
    category: "security",
    severity: "low",
    reads: ["snapshot postgres.roles (valid until)"],
    why: "Passwords that never expire stay valid after people leave or secrets leak; an expiry forces rotation.",
    docsUrl: `${PG_DOCS}/sql-createrole.html`,
    evaluate(input) {
      const roles = needRows(input, "postgres.roles")
        .filter((r) => r.canLogin && !r.superuser && !isBuiltIn(r.name) && r.validUntil === null)
        .map((r) => r.name)
        .sort();
      if (roles.length === 0) return pass();
      return fail({
        summary: `${roles.length} login roles have no password expiry: ${listNames(roles)}.`,
        evidence: { Roles: listNames(roles, 20) },
        recommendation:
          "Set VALID UNTIL on human login roles and rotate application passwords on a schedule (or use certificate or Kerberos authentication for them).",
        command: `ALTER ROLE "${(roles[0] ?? "").replaceAll('"', '""')}" VALID UNTIL '${new Date(input.now.getTime() + 180 * 86_400_000).toISOString().slice(0, 10)}';`,
      });
    },
  },
  {
    id: "postgres.privileged_roles",
    title: "Login roles with CREATEROLE or BYPASSRLS",
    category: "security",
    severity: "low",
    reads: ["snapshot postgres.roles"],
    why: "CREATEROLE can grant itself most privileges (before PostgreSQL 16 nearly a superuser); BYPASSRLS ignores every row-level security policy.",
    docsUrl: `${PG_DOCS}/role-attributes.html`,
    evaluate(input) {
      const roles = needRows(input, "postgres.roles").filter(
        (r) => r.canLogin && !r.superuser && !isBuiltIn(r.name) && (r.createRole || r.bypassRls),
      );
      if (roles.length === 0) return pass();
      const describe = (r: (typeof roles)[number]) =>
        `${r.name} (${[r.createRole ? "CREATEROLE" : "", r.bypassRls ? "BYPASSRLS" : ""].filter(Boolean).join(", ")})`;
      return fail({
        summary: `${roles.length} login roles hold CREATEROLE or BYPASSRLS: ${listNames(roles.map(describe))}.`,
        evidence: { Roles: roles.map(describe).join("; ") },
        recommendation:
          "Give these attributes to group roles used for administration only, not to roles applications log in with.",
        command: roles
          .map(
            (r) =>
              `ALTER ROLE "${r.name.replaceAll('"', '""')}"${r.createRole ? " NOCREATEROLE" : ""}${r.bypassRls ? " NOBYPASSRLS" : ""};`,
          )
          .join("\n"),
      });
    },
  },
];
