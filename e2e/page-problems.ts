import type { Page, Request } from "@playwright/test";

const SETTLE_TIMEOUT_MS = 20_000;

const QUIET_MS = 300;

/**
 * Collects what goes wrong in a page while it is walked: uncaught errors, console errors and API
 * answers of 500 and above; and tells when the page's API calls and loading states have settled.
 */
export class PageProblems {
  private readonly found: string[] = [];
  private readonly inFlight = new Set<Request>();

  constructor(private readonly page: Page) {
    page.on("pageerror", (error) => this.found.push(`uncaught ${error.name}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url;
      this.found.push(`console error: ${message.text()}${where ? ` (${where})` : ""}`);
    });
    page.on("request", (req) => {
      if (isApiCall(req)) this.inFlight.add(req);
    });
    page.on("requestfinished", (req) => {
      this.inFlight.delete(req);
    });
    page.on("requestfailed", (req) => {
      this.inFlight.delete(req);
    });
    page.on("response", (response) => {
      if (isApiCall(response.request()) && response.status() >= 500) {
        this.found.push(
          `HTTP ${response.status()} for ${response.request().method()} ${apiPath(response.url())}`,
        );
      }
    });
  }

  /** The problems seen since the last call, which are then forgotten. */
  take(): string[] {
    return this.found.splice(0);
  }

  /**
   * Waits until no API call is in flight and no loading state shows, for a short quiet spell;
   * pages that poll keep settling between their rounds.
   */
  async settle(): Promise<void> {
    const loading = this.page.getByTestId("state-loading");
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let quietSince: number | undefined;
    while (Date.now() < deadline) {
      const busy = this.inFlight.size > 0 || (await loading.count()) > 0;
      if (busy) quietSince = undefined;
      else if (quietSince === undefined) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(
      `the page did not settle within ${SETTLE_TIMEOUT_MS / 1000} s: ${[...this.inFlight].map((r) => apiPath(r.url())).join(", ") || "a loading state stays"}`,
    );
  }
}

function isApiCall(req: Request): boolean {
  return new URL(req.url()).pathname.startsWith("/api/");
}

function apiPath(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname + search;
}
