import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { starterConfig } from "../src/cli/init-template.ts";
import { buildExecutable, EXECUTABLE_PATH } from "./build-executable.ts";

const APP = fileURLToPath(new URL("..", import.meta.url));
const DEPLOY = fileURLToPath(new URL("../../../deploy/linux/", import.meta.url));

/**
 * logstag-agent-<version>-linux-x64.tar.gz: the single executable, the systemd unit, an install
 * script and a starter configuration. Builds the executable unless one is given.
 */
export async function buildTarball(
  executable?: string,
  outDir = join(APP, "dist"),
): Promise<string> {
  const binary = executable ?? (await buildExecutable(EXECUTABLE_PATH));
  const { version } = JSON.parse(readFileSync(join(APP, "package.json"), "utf8")) as {
    version: string;
  };
  const name = `logstag-agent-${version}-linux-x64`;
  const stage = join(outDir, "tarball-stage", name);
  rmSync(dirname(stage), { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(binary, join(stage, "logstag-agent"));
  for (const file of ["logstag-agent.service", "install.sh", "INSTALL.md"]) {
    copyFileSync(join(DEPLOY, file), join(stage, file));
  }
  writeFileSync(join(stage, "agent.toml.example"), starterConfig(["postgres"]));
  const tarball = join(outDir, `${name}.tar.gz`);
  execFileSync("tar", ["-czf", tarball, "-C", dirname(stage), "--owner=0", "--group=0", name]);
  rmSync(dirname(stage), { recursive: true, force: true });
  return tarball;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${await buildTarball()}`);
}
