import { describe, expect, it } from "vitest";
import { SAMPLED_AT, session } from "./activity-test-data.ts";
import { buildBlockingTree } from "./blocking-tree.utils.ts";

const shape = (nodes: ReturnType<typeof buildBlockingTree>) =>
  nodes.map((n) => [n.pid, n.depth] as const);

describe("buildBlockingTree", () => {
  it("is empty when nobody waits for a lock", () => {
    expect(buildBlockingTree([session(1), session(2)], SAMPLED_AT)).toEqual([]);
  });

  it("puts the blocker at the root and the waiting session under it", () => {
    const nodes = buildBlockingTree(
      [
        session(10, { state: "idle in transaction", xactStart: "2025-03-04T11:58:00.000Z" }),
        session(20, {
          waitEventType: "Lock",
          waitEvent: "relation",
          blockedBy: [10],
          lockWaitStart: "2025-03-04T11:59:30.000Z",
        }),
        session(30),
      ],
      SAMPLED_AT,
    );
    expect(shape(nodes)).toEqual([
      [10, 0],
      [20, 1],
    ]);
    expect(nodes[0]).toMatchObject({ waiting: false, blocks: 1, seconds: 120, cycle: false });
    expect(nodes[1]).toMatchObject({ waiting: true, blocks: 0, seconds: 30 });
  });

  it("follows chains and lists the widest tree first", () => {
    const nodes = buildBlockingTree(
      [
        session(1),
        session(2, { blockedBy: [1] }),
        session(3, { blockedBy: [2] }),
        session(4, { blockedBy: [2] }),
        session(7),
        session(8, { blockedBy: [7] }),
      ],
      SAMPLED_AT,
    );
    expect(shape(nodes)).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 2],
      [7, 0],
      [8, 1],
    ]);
  });

  it("shows a session blocked by two others under both", () => {
    const nodes = buildBlockingTree(
      [session(1), session(2), session(3, { blockedBy: [1, 2] })],
      SAMPLED_AT,
    );
    expect(shape(nodes)).toEqual([
      [1, 0],
      [3, 1],
      [2, 0],
      [3, 1],
    ]);
    expect(new Set(nodes.map((n) => n.key)).size).toBe(4);
  });

  it("names a blocker that is not in the sample without a session", () => {
    const nodes = buildBlockingTree([session(5, { blockedBy: [99] })], SAMPLED_AT);
    expect(shape(nodes)).toEqual([
      [99, 0],
      [5, 1],
    ]);
    expect(nodes[0]).toMatchObject({ session: null, seconds: null, waiting: false });
  });

  it("starts a lock cycle at its lowest pid and stops where it closes", () => {
    const nodes = buildBlockingTree(
      [session(9, { blockedBy: [4] }), session(4, { blockedBy: [9] })],
      SAMPLED_AT,
    );
    expect(shape(nodes)).toEqual([
      [4, 0],
      [9, 1],
      [4, 2],
    ]);
    expect(nodes.map((n) => n.cycle)).toEqual([false, false, true]);
  });

  it("falls back to the state change when the lock wait start is unknown (PostgreSQL 13)", () => {
    const nodes = buildBlockingTree(
      [session(1), session(2, { blockedBy: [1], stateChange: "2025-03-04T11:59:45.000Z" })],
      SAMPLED_AT,
    );
    expect(nodes[1]?.seconds).toBe(15);
  });
});
