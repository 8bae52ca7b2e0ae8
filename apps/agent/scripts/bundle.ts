import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where `npm run build -w @logstag/agent` writes the agent; it reads its version from ../package.json. */
export const BUNDLE_PATH = fileURLToPath(new URL("../dist/logstag-agent.mjs", import.meta.url));

/**
 * The agent as one plain JavaScript file that Node runs without the TypeScript loader (which
 * costs a second thread and about 25 MB). Dependencies are bundled too, tree-shaken and minified:
 * loading them from node_modules costs about 10 MiB more at start.
 */
export async function bundleAgent(outfile = BUNDLE_PATH): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL("../src/cli.ts", import.meta.url))],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // pg's optional native binding: pg does without it when it is missing.
    external: ["pg-native"],
    minify: true,
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
