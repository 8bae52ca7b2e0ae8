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

  /** The change events shown on the timeline, newest first, as "change objectName". */
  async changeEvents(): Promise<string[]> {
    return this.changes
      .getByTestId("change-event")
      .evaluateAll((items) =>
        items.map(
          (item) =>
            `${item.querySelector("[data-testid=change-type]")?.textContent ?? ""} ${item.querySelector("[data-testid=change-object]")?.textContent ?? ""}`,
        ),
      );
  }

  /** The first change event of `change` ("created", "altered", "dropped") on `object`. */
  changeEvent(change: string, object: string): Locator {
    return this.changes
      .getByTestId("change-event")
      .filter({ has: this.page.getByTestId("change-type").getByText(change, { exact: true }) })
      .filter({ has: this.page.getByTestId("change-object").getByText(object, { exact: true }) })
      .first();
  }

  async openDefinition(name: string): Promise<void> {
    await this.page.getByTestId("schema-object-name").filter({ hasText: name }).first().click();
  }
}
