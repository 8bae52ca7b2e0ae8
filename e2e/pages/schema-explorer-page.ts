import type { Locator, Page } from "@playwright/test";

export class SchemaExplorerPage {
  readonly heading: Locator;
  readonly objects: Locator;
  readonly search: Locator;
  readonly definition: Locator;
  readonly changes: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Schema Explorer", level: 2 });
    this.objects = page.getByTestId("schema-objects");
    this.search = page.getByTestId("schema-search");
    this.definition = page.getByTestId("schema-definition");
    this.changes = page.getByTestId("schema-changes");
  }

  async open(targetId: string, tab = "tables"): Promise<void> {
    await this.page.goto(`/schema-explorer/${targetId}?tab=${tab}`);
  }

  /** The object names of the open tab, in display order. */
  async names(): Promise<string[]> {
    return this.page
      .getByTestId("schema-object-name")
      .evaluateAll((links) => links.map((link) => link.textContent ?? ""));
  }

  async openDefinition(name: string): Promise<void> {
    await this.page.getByTestId("schema-object-name").filter({ hasText: name }).first().click();
  }
}
