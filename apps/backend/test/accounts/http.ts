export interface CallOptions {
  cookie?: string | undefined;
  bearer?: string | undefined;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** One JSON request to the backend, with a session cookie or a bearer key. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  o: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.cookie) headers.cookie = o.cookie;
  if (o.bearer) headers.authorization = `Bearer ${o.bearer}`;
  const hasBody = o.body !== undefined || o.rawBody !== undefined;
  if (hasBody) headers["content-type"] ??= "application/json";
  const res = await fetch(baseUrl + path, {
    method,
    headers,
    body: o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body)),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text, headers: res.headers };
}

export const errorOf = (r: CallResult) =>
  (r.body as { error?: { code: string; message: string } } | undefined)?.error;

/** The `logstag_session=…` pair a response set, if any. */
export function cookieOf(r: CallResult): string | undefined {
  return r.headers.get("set-cookie")?.split(";")[0];
}
