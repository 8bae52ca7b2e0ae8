import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where `npm run build -w @logstag/agent` writes the agent; it reads its version from ../package.json. */
export const BUNDLE_PATH = fileURLToPath(new URL("../dist/logstag-agent.mjs", import.meta.url));

/**
 * The agent as one plain JavaScript file that Node runs without the TypeScript loader (which
 * costs a second thread and about 25 MB). Dependencies stay in node_modules.
 */
export async function bundleAgent(outfile = BUNDLE_PATH): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL("../src/cli.ts", import.meta.url))],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["pg", "pg-native", "pino", "smol-toml", "zod"],
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: "error",
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${await bundleAgent()}`);
}
