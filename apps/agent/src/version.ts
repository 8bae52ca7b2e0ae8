import { readFileSync } from "node:fs";

function readVersion(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL("../package.json", import.meta.url), "utf8"),
  );
  return typeof pkg === "object" &&
    pkg !== null &&
    "version" in pkg &&
    typeof pkg.version === "string"
    ? pkg.version
    : "0.0.0";
}

/** Set by the single-executable build, which has no package.json next to it. */
declare const __LOGSTAG_AGENT_VERSION__: string | undefined;

export const AGENT_VERSION =
  typeof __LOGSTAG_AGENT_VERSION__ === "string" ? __LOGSTAG_AGENT_VERSION__ : readVersion();
