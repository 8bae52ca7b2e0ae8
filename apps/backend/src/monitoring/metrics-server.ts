import { createServer } from "node:http";
import type { Registry } from "prom-client";

/**
 * GET /metrics on a port of its own, never on the public API port: whoever can reach it sees
 * request rates and job state, so it listens on loopback unless LOGSTAG_METRICS_HOST says otherwise.
 */
export async function startMetricsServer(
  registry: Registry,
  listen: { host: string; port: number },
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : listen.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
