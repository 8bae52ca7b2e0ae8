import { gzipSync } from "node:zlib";
import { AGENT_API, type RegisterAgentResponse } from "@logstag/protocol";

export interface PostOptions {
  key?: string | undefined;
  gzip?: boolean;
  contentType?: string;
  rawBody?: Buffer | string;
}

/** POSTs to the agent API the way an agent does; returns status and parsed body. */
export async function postAgent(
  url: string,
  path: string,
  body: unknown,
  o: PostOptions = {},
): Promise<{ status: number; body: unknown }> {
  const json = Buffer.from(JSON.stringify(body));
  const headers: Record<string, string> = { "content-type": o.contentType ?? "application/json" };
  if (o.key) headers.authorization = `Bearer ${o.key}`;
  if (o.gzip) headers["content-encoding"] = "gzip";
  const res = await fetch(url + path, {
    method: "POST",
    headers,
    body: o.rawBody ?? (o.gzip ? gzipSync(json) : json),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export async function registerTestAgent(
  url: string,
  key: string,
  name = "agent-1",
): Promise<{ agentId: string; targetId: string }> {
  const res = await postAgent(
    url,
    AGENT_API.register,
    {
      agentName: name,
      hostname: "host-1",
      agentVersion: "0.1.0",
      targets: [{ name: "db-1", engine: "postgres", endpoint: "127.0.0.1:5432/postgres" }],
    },
    { key },
  );
  if (res.status !== 200)
    throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as RegisterAgentResponse;
  return { agentId: body.agentId, targetId: (body.targets[0] as { targetId: string }).targetId };
}
