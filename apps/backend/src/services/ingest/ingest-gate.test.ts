import { describe, expect, it } from "vitest";
import { IngestGate } from "./ingest-gate.ts";

const limits = { concurrency: 1, queue: 10, queuePerOrg: 3, maxWaitMs: 60_000 };

describe("IngestGate", () => {
  it("gives turns round the organizations, so one tenant's burst does not starve another", async () => {
    const gate = new IngestGate(limits);
    const order: string[] = [];
    const first = await gate.acquire("noisy");
    const turns = ["noisy", "noisy", "noisy", "quiet"].map((org, i) =>
      gate.acquire(org).then((release) => {
        order.push(`${org}-${i}`);
        release();
      }),
    );
    first();
    await Promise.all(turns);
    expect(order).toEqual(["noisy-0", "quiet-3", "noisy-1", "noisy-2"]);
  });

  it("refuses one organization's requests beyond its share of the queue, and leaves room for others", async () => {
    const gate = new IngestGate(limits);
    const release = await gate.acquire("noisy");
    const queued = [1, 2, 3].map(() => gate.acquire("noisy"));
    await expect(gate.acquire("noisy")).rejects.toMatchObject({ code: "unavailable" });
    const quiet = gate.acquire("quiet");
    expect(gate.load).toEqual({ active: 1, waiting: 4 });
    const served = [...queued, quiet].map((turn) => turn.then((done) => done()));
    release();
    await Promise.all(served);
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it("gives a turn back once, however often release is called", async () => {
    const gate = new IngestGate(limits);
    const release = await gate.acquire("a");
    release();
    release();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });
});
