import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import { AGENT_API, registerAgentRequestSchema } from "@logstag/protocol";

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeBackend {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Answers for the next ingest requests, in order; then 200. */
  ingestAnswers: { status: number; headers?: Record<string, string> }[];
  registerStatus: number;
  /** Says at registration that it takes grouped samples, as current backends do. */
  acceptsMetricGroups: boolean;
  agentId: string;
  targetIds: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Stands in for the Logstag backend's agent API (which lives in another app) so the
 * shipper's retry rules can be driven status by status.
 */
export async function startFakeBackend(port = 0): Promise<FakeBackend> {
  const fake: Omit<FakeBackend, "url" | "port" | "close"> = {
    requests: [],
    ingestAnswers: [],
    registerStatus: 200,
    acceptsMetricGroups: false,
    agentId: randomUUID(),
    targetIds: new Map(),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString();
      const body: unknown = JSON.parse(text);
      fake.requests.push({ path: req.url ?? "", headers: req.headers, body });
      if (req.url === AGENT_API.register) {
        const { targets } = registerAgentRequestSchema.parse(body);
        for (const t of targets)
          if (!fake.targetIds.has(t.name)) fake.targetIds.set(t.name, randomUUID());
        res.writeHead(fake.registerStatus, { "content-type": "application/json" });
        const ids = targets.map((t) => ({ name: t.name, targetId: fake.targetIds.get(t.name) }));
        const groups = fake.acceptsMetricGroups ? { acceptsMetricGroups: true } : {};
        res.end(JSON.stringify({ agentId: fake.agentId, targets: ids, ...groups }));
        return;
      }
      const answer = fake.ingestAnswers.shift() ?? { status: 200 };
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify({ accepted: 0, duplicates: 0 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
