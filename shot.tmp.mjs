import { chromium } from "@playwright/test";
const [url, outDir, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url + "/login");
await page.getByTestId("login-email").fill("o@example.test");
await page.getByTestId("login-password").fill("Demo-Password-12345!");
await page.getByTestId("login-submit").click();
await page.waitForURL(/assets/);
for (const p of paths) {
  await page.goto(url + p);
  await page.waitForTimeout(3500);
  await page.screenshot({ path: `${outDir}/${p.replaceAll("/", "_") || "root"}.png`, fullPage: false });
}
await browser.close();
