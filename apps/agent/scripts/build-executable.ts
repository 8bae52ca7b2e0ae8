import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const APP = fileURLToPath(new URL("..", import.meta.url));
const EXE = process.platform === "win32" ? ".exe" : "";
/** Where `npm run build:executable -w @logstag/agent` writes the agent as one program for this OS. */
export const EXECUTABLE_PATH = join(
  APP,
  "dist",
  `logstag-agent-${process.platform}-${process.arch}${EXE}`,
);

/**
 * The agent as a Node single executable application: every dependency bundled into one
 * CommonJS script (what Node 20's SEA runs), injected into a copy of this Node binary.
 */
export async function buildExecutable(out = EXECUTABLE_PATH): Promise<string> {
  const work = join(dirname(out), "sea-work");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const version = (
    JSON.parse(readFileSync(join(APP, "package.json"), "utf8")) as { version: string }
  ).version;
  const script = join(work, "logstag-agent.cjs");
  await build({
    entryPoints: [join(APP, "src", "sea-main.ts")],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    define: { __LOGSTAG_AGENT_VERSION__: JSON.stringify(version) },
    // Less source for V8 to keep in memory.
    minify: true,
    // Node 20's SEA require() warns on every "node:" specifier; the bare names load the same modules.
    plugins: [
      {
        name: "bare-builtins",
        setup(b) {
          b.onResolve({ filter: /^node:/ }, (a) => ({ path: a.path.slice(5), external: true }));
        },
      },
      {
        // Optional modules the dependencies try to load and do without (pg's native binding,
        // debug's colors): missing, as they would be from disk, so SEA has nothing to warn about.
        name: "absent-optionals",
        setup(b) {
          b.onResolve({ filter: /^(pg-native|supports-color)$/ }, (a) => ({
            path: a.path,
            namespace: "absent",
          }));
          b.onLoad({ filter: /.*/, namespace: "absent" }, (a) => ({
            contents: `throw Object.assign(new Error("Cannot find module '${a.path}'"), { code: "MODULE_NOT_FOUND" });`,
          }));
        },
      },
    ],
    logLevel: "error",
  });
  const blob = join(work, "sea.blob");
  const config = join(work, "sea-config.json");
  writeFileSync(
    config,
    JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true }),
  );
  execFileSync(process.execPath, ["--experimental-sea-config", config], { stdio: "inherit" });
  rmSync(out, { force: true });
  copyFileSync(process.execPath, out);
  chmodSync(out, 0o755);
  const postject = createRequire(import.meta.url).resolve("postject/dist/cli.js");
  execFileSync(
    process.execPath,
    [
      postject,
      out,
      "NODE_SEA_BLOB",
      blob,
      "--sentinel-fuse",
      "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2",
    ],
    { stdio: "inherit" },
  );
  rmSync(work, { recursive: true, force: true });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${await buildExecutable()}`);
}
