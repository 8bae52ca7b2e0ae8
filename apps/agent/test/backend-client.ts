import type { EngineKind, Payload, RegisterAgentResponse } from "@logstag/protocol";
import { AGENT_API } from "@logstag/protocol";
import type { CollectedPayload } from "../src/scheduler/collected.ts";
import { stampPayload } from "../src/shipper/stamp.ts";

/** Talks to a test backend as one agent (agent key) and as its organization's owner (cookie). */
export class BackendClient {
  /** What the backend said at the last registration about the forms of samples it takes. */
  #acceptsMetricGroups: boolean | undefined;

  constructor(
    private readonly url: string,
    private readonly agentKey: string,
    private readonly cookie: string,
  ) {}

  async register(
    targetName: string,
    engine: EngineKind = "postgres",
  ): Promise<{ agentId: string; targetId: string }> {
    const res = await this.post(AGENT_API.register, {
      agentName: `agent-${targetName}`,
      hostname: "test-host",
      agentVersion: "0.1.0",
      targets: [{ name: targetName, engine }],
    });
    const body = res as RegisterAgentResponse;
    this.#acceptsMetricGroups = body.acceptsMetricGroups;
    return { agentId: body.agentId, targetId: (body.targets[0] as { targetId: string }).targetId };
  }

  /** Sends collected payloads as the agent would, optionally as if collected at `collectedAt`. */
  async ingest(
    ids: { agentId: string; targetId: string },
    collected: CollectedPayload[],
    collectedAt?: Date,
  ): Promise<void> {
    const payloads: Payload[] = collected.map(({ target, payload }) => {
      const registration = {
        agentId: ids.agentId,
        targets: [{ name: target, targetId: ids.targetId }],
        ...(this.#acceptsMetricGroups ? { acceptsMetricGroups: true } : {}),
      };
      const stamped = stampPayload({ target, payload }, registration) as Payload;
      return collectedAt ? { ...stamped, collectedAt: collectedAt.toISOString() } : stamped;
    });
    await this.post(AGENT_API.ingest, { payloads });
  }

  async get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    const qs = new URLSearchParams(query).toString();
    const res = await fetch(`${this.url}${path}${qs ? `?${qs}` : ""}`, {
      headers: { cookie: this.cookie },
    });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const res = await fetch(this.url + path, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.agentKey}` },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }
}
