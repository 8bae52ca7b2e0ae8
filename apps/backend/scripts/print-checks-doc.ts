import { renderChecksDoc } from "../src/health/checks-doc.ts";

// Prints the generated part of docs/health-checks.md.
console.log(renderChecksDoc());
