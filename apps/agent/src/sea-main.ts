import { main } from "./cli.ts";

// Entry of the single executable: no module URL to compare, always the command line.
void main().then((code) => {
  process.exitCode = code;
});
