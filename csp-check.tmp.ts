import { chromium } from "@playwright/test";
import { createTestWorld } from "./apps/backend/src/testing/accounts-factory.ts";
import { startTestBackend } from "./apps/backend/src/testing/start-test-backend.ts";

const backend = await startTestBackend({ LOGSTAG_WEB_DIST: `${process.cwd()}/apps/web/dist` });
const world = await createTestWorld(backend.db);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const context = await browser.newContext();
const [name, value] = world.users.owner.cookie.split("=") as [string, string];
await context.addCookies([{ name, value, url: backend.url }]);
const page = await context.newPage();
const problems: string[] = [];
page.on("response", (r) => { if (r.status() >= 400) console.log("HTTP", r.status(), r.url()); });
page.on("console", (m) => { if (m.text().startsWith("FUNC")) console.log(m.text());
  if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
});
await page.exposeFunction("reportViolation", (v: string) => problems.push(`violation: ${v}`));
await page.addInitScript(() => {
  const F = window.Function; (window as any).Function = function (...a: string[]) { console.log("FUNC " + new Error().stack); return F(...a); };
  document.addEventListener("securitypolicyviolation", (e) =>
    (window as unknown as { reportViolation: (s: string) => void }).reportViolation(
      `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
    ),
  );
});
for (const path of process.argv.slice(2)) {
  await page.goto(backend.url + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(800);
  console.log(path, "→", (await page.title()), "| body text:", (await page.locator("body").innerText()).slice(0, 80).replace(/\n/g, " "));
}
console.log("problems:", problems.length ? problems.join("\n") : "none");
await browser.close();
await backend.stop();
