import { expect, it } from "vitest";
import { leastPrivilegeRules } from "./acl.ts";

it("grants exactly the commands the collectors send, and nothing on keys", () => {
  expect(leastPrivilegeRules()).toBe(
    "-@all +acl|getuser +acl|log +acl|users +client|id +client|list +client|setname +command|info +config|get +info +latency|latest +slowlog|get +slowlog|len",
  );
});
