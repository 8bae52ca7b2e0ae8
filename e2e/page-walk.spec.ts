import { statSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { type Account, createInvitedAccount } from "./invited-account.ts";
import { PageProblems } from "./page-problems.ts";
import { DEMO_TARGETS, type DemoTargetIds, type WalkRole, walkEveryPage } from "./page-walk.ts";
import { AssetsPage } from "./pages/assets-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { e2eDataDir, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

// Every page, as each role, on the demo that `npm start` runs: once as soon as its targets are up,
// and once more after the demo has run a few minutes, when every page has data to draw.

const DEMO_AGE_FOR_SECOND_WALK_MS = 4 * 60_000;

/** The member and the viewer are invited once and reused by both walks. */
const invited: Partial<Record<Exclude<WalkRole, "owner">, Account>> = {};

async function accountFor(role: WalkRole): Promise<Account> {
  if (role === "owner") return { email: OWNER_EMAIL, password: OWNER_PASSWORD };
  invited[role] ??= await createInvitedAccount(role);
  return invited[role];
}

/** Signs in as `role`, waits for the demo targets to report up, and returns their ids. */
async function signInAndFindTargets(page: Page, role: WalkRole): Promise<DemoTargetIds> {
  const account = await accountFor(role);
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/assets$/);
  const assets = new AssetsPage(page);
  const ids: Partial<DemoTargetIds> = {};
  for (const name of DEMO_TARGETS) {
    // The demo agent needs a collection round or two before its targets report up.
    await expect(assets.targetStatus(name)).toHaveText("up", { timeout: 90_000 });
    ids[name] = (await assets.targetRow(name).getAttribute("data-target-id")) ?? "";
    expect(ids[name]).toMatch(/^[0-9a-f-]{36}$/);
  }
  return ids as DemoTargetIds;
}

async function walkAs(page: Page, role: WalkRole): Promise<void> {
  const problems = new PageProblems(page);
  const targets = await test.step(`${role}: sign in, demo targets up`, () =>
    signInAndFindTargets(page, role));
  expect(problems.take(), `${role}: signing in logged problems`).toEqual([]);
  await walkEveryPage(page, problems, role, targets);
}

/**
 * Each role walks in its own browser context, all at the same time, as several people would; a
 * failed walk does not stop the others, and every failure is reported.
 */
async function walkTogether(browser: Browser, roles: readonly WalkRole[]): Promise<void> {
  const contexts: BrowserContext[] = [];
  try {
    const walks = await Promise.allSettled(
      roles.map(async (role) => {
        const context = await browser.newContext();
        contexts.push(context);
        await walkAs(await context.newPage(), role);
      }),
    );
    const failures = walks.flatMap((walk) => (walk.status === "rejected" ? [walk.reason] : []));
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) {
      throw new Error(
        failures.map((f) => (f instanceof Error ? f.message : String(f))).join("\n\n"),
      );
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

/** When the demo began: the backend writes the demo agent's configuration as it starts. */
function demoStartedAt(): number {
  return statSync(join(e2eDataDir(), "demo-agent.toml")).mtimeMs;
}

const ROLES = ["owner", "viewer", "member"] as const;
/** One walk of every role takes about 2 minutes here; room for a busier machine. */
const WALK_TIMEOUT_MS = 300_000;

test.describe("every page, as each role", () => {
  test("the owner, a viewer and a member walk every page without an error", async ({ browser }) => {
    test.setTimeout(WALK_TIMEOUT_MS);
    await walkTogether(browser, ROLES);
  });

  // The Query Explorer once failed only after a few minutes of statements had piled up.
  test("they walk every page again once the demo has run for 4 minutes", async ({ browser }) => {
    const wait = demoStartedAt() + DEMO_AGE_FOR_SECOND_WALK_MS - Date.now();
    test.setTimeout(Math.max(wait, 0) + WALK_TIMEOUT_MS);
    if (wait > 0)
      await test.step("the demo runs 4 minutes", () => new Promise((r) => setTimeout(r, wait)));
    await walkTogether(browser, ROLES);
  });
});
