import { spawnSync } from "node:child_process";

// `npm run bench`: every benchmark, one after the other, so none competes with another for the CPU.
const BENCHES = [
  "bench:ingest",
  "bench:series",
  "bench:agent-pg",
  "bench:agent-redis",
  "bench:web",
];
let failed = 0;
for (const name of BENCHES) {
  console.log(`\n=== npm run ${name} ===`);
  const result = spawnSync("npm", ["run", name], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
