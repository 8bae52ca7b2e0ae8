import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
  json: {
    kind: string;
    deliveryId: string;
    title: string;
    alerts: { id: string; state: string; severity: string | null; rule: string; asset: string }[];
  };
  signatureValid: boolean;
}

/** Checks a Logstag webhook signature the way a receiver should (docs/alerting.md). */
export function verifySignature(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
): boolean {
  const timestamp = String(headers["x-logstag-timestamp"] ?? "");
  const given = Buffer.from(String(headers["x-logstag-signature"] ?? ""));
  const want = Buffer.from(
    `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`,
  );
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === want.length && timingSafeEqual(given, want);
}

/** A real HTTP server that records every webhook; `failNext` answers 500 that many times. */
export async function startWebhookReceiver(secret: string) {
  const hooks: ReceivedHook[] = [];
  let failNext = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
    });
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(500).end("try later");
        return;
      }
      hooks.push({
        headers: req.headers,
        body,
        json: JSON.parse(body) as ReceivedHook["json"],
        signatureValid: verifySignature(secret, req.headers, body),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/logstag`,
    hooks,
    failTimes(n: number) {
      failNext = n;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A real SMTP server (smtp-server) that parses every message it accepts (mailparser). */
export async function startSmtpReceiver() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}
