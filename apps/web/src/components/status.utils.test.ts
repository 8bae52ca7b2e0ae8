import { TARGET_STATUSES } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { describeStatus } from "./status.utils.ts";

describe("describeStatus", () => {
  it("gives every status a label, a color and an explanation", () => {
    for (const status of TARGET_STATUSES) {
      const look = describeStatus(status);
      expect(look.label).toBe(status);
      expect(look.color).not.toBe("");
      expect(look.description).toMatch(/\.$/);
    }
  });

  it("colors failures red and health green", () => {
    expect(describeStatus("down").color).toBe("red");
    expect(describeStatus("up").color).toBe("teal");
  });
});
