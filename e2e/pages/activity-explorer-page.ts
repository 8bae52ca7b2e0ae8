import type { Locator, Page } from "@playwright/test";

export interface BlockingNodeView {
  pid: number;
  depth: number;
}

export class ActivityExplorerPage {
  readonly heading: Locator;
  readonly aasChart: Locator;
  readonly blockingTree: Locator;
  readonly latestButton: Locator;
  readonly sampleTime: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Activity Explorer", level: 2 });
    this.aasChart = page.getByTestId("aas-chart");
    this.blockingTree = page.getByTestId("blocking-tree");
    this.latestButton = page.getByTestId("sample-latest");
    this.sampleTime = page.getByTestId("sample-time");
  }

  async open(targetId: string): Promise<void> {
    await this.page.goto(`/activity-explorer/${targetId}?range=15m`);
  }

  /** Back to the newest sample, which then follows new samples as they arrive. */
  async showLatest(): Promise<void> {
    await this.latestButton.click();
  }

  /** The blocking tree as drawn, in display order; empty while there is none. */
  async blockingNodes(): Promise<BlockingNodeView[]> {
    return this.page.getByTestId("blocking-node").evaluateAll((nodes) =>
      nodes.map((node) => ({
        pid: Number(node.getAttribute("data-pid")),
        depth: Number(node.getAttribute("data-depth")),
      })),
    );
  }

  /** A Redis client of the shown sample, by its CLIENT SETNAME name. */
  clientRow(name: string): Locator {
    return this.page.locator(`[data-testid="client-row"][data-client-name="${name}"]`);
  }

  sessionRow(pid: number): Locator {
    return this.page.locator(`[data-testid="session-row"][data-pid="${pid}"]`);
  }

  /** The session's query text and its actions, in the detail row under the session. */
  sessionDetail(pid: number): Locator {
    return this.sessionRow(pid).locator("xpath=following-sibling::tr[1]");
  }

  /** The link from a session to its statement's history in the Query Explorer (via query_id). */
  statementLink(pid: number): Locator {
    return this.sessionDetail(pid).getByTestId("session-statement-link");
  }
}
