/**
 * One webhook attempt (src/delivery/webhook.ts) against real receivers on loopback: what the receiver
 * sees (the exact body and headers, a signature the standardwebhooks package verifies), and what the
 * attempt reports for each way a receiver answers or fails to (API.md "The webhook request").
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { closeWebhookAgents, generateSecret, sendWebhook, type WebhookAttempt } from "../../src/delivery/webhook";

const HINT = "(set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true for local receivers)";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  rawHeaderNames: string[];
  body: Buffer;
}

interface Receiver {
  url: string;
  port: number;
  seen: Seen[];
  /** TCP connections accepted. */
  connections: number;
  close(): Promise<void>;
}

const servers: http.Server[] = [];

/** A receiver on 127.0.0.1 that records each request, then lets `answer` respond. */
async function receiver(
  answer: (req: http.IncomingMessage, res: http.ServerResponse, seen: Seen) => void = (_req, res) => res.end(),
): Promise<Receiver> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const names = req.rawHeaders.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase());
      const entry = { method: req.method!, url: req.url!, headers: req.headers, rawHeaderNames: names, body: Buffer.concat(chunks) };
      seen.push(entry);
      answer(req, res, entry);
    });
  });
  const state = { connections: 0 };
  server.on("connection", () => state.connections++);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    get connections() {
      return state.connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

afterEach(async () => {
  closeWebhookAgents();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const secret = generateSecret();

function attemptTo(url: string, overrides: Partial<WebhookAttempt> = {}): WebhookAttempt {
  return {
    url,
    secret,
    id: "0b7c1e9e-0d6a-4a4b-9c1e-5a3f1f1f2b11",
    timestampSeconds: Math.floor(Date.now() / 1000),
    body: JSON.stringify({ type: "schedule.run", data: { runId: "r1", name: "Nächtlicher Lauf 🌙" } }),
    timeoutMs: 5000,
    allowPrivateNetworks: true,
    ...overrides,
  };
}

describe("sendWebhook", () => {
  it("POSTs the exact body with exactly the signed Standard Webhooks headers; the receiver verifies the signature", async () => {
    const rx = await receiver((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("ok, thanks");
    });
    const attempt = attemptTo(`${rx.url}/hooks/in?tenant=7#fragment`);
    const outcome = await sendWebhook(attempt);

    expect(outcome).toEqual({
      httpStatus: 200,
      durationMs: expect.any(Number),
      error: null,
      responseExcerpt: "ok, thanks",
      retryAfterMs: null,
    });
    expect(Number.isInteger(outcome.durationMs)).toBe(true);
    expect(rx.seen).toHaveLength(1);
    const [request] = rx.seen;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/hooks/in?tenant=7");
    expect(request.body.equals(Buffer.from(attempt.body))).toBe(true);
    expect(request.rawHeaderNames.sort()).toEqual(
      ["connection", "content-length", "content-type", "host", "user-agent", "webhook-id", "webhook-signature", "webhook-timestamp"].sort(),
    );
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["content-length"]).toBe(String(Buffer.byteLength(attempt.body)));
    expect(request.headers["user-agent"]).toBe("schedule-service-webhooks/1");
    expect(request.headers["webhook-id"]).toBe(attempt.id);
    expect(request.headers["webhook-timestamp"]).toBe(String(attempt.timestampSeconds));
    expect(request.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

    const headers = {
      "webhook-id": String(request.headers["webhook-id"]),
      "webhook-timestamp": String(request.headers["webhook-timestamp"]),
      "webhook-signature": String(request.headers["webhook-signature"]),
    };
    expect(new Webhook(secret).verify(request.body.toString(), headers)).toEqual(JSON.parse(attempt.body));
    // Signed with this secret and these bytes only.
    expect(() => new Webhook(generateSecret()).verify(request.body.toString(), headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(secret).verify(`${request.body.toString()} `, headers)).toThrow(/No matching signature/);
  });

  it("keeps the connection alive for the next attempt", async () => {
    const rx = await receiver();
    for (let i = 0; i < 5; i++) expect((await sendWebhook(attemptTo(rx.url))).httpStatus).toBe(200);
    expect(rx.seen).toHaveLength(5);
    expect(rx.connections).toBe(1);
  });

  it("reports a 500 with its status and the start of its body, no error", async () => {
    const rx = await receiver((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "database unavailable", detail: "x".repeat(500) }));
    });
    const outcome = await sendWebhook(attemptTo(rx.url));
    expect(outcome.httpStatus).toBe(500);
    expect(outcome.error).toBeNull();
    expect(outcome.responseExcerpt).toBe(JSON.stringify({ error: "database unavailable", detail: "x".repeat(500) }).slice(0, 200));
    expect(outcome.retryAfterMs).toBeNull();
  });

  it("cuts the excerpt at 200 characters, not bytes; an empty answer has none", async () => {
    const text = "é😀".repeat(300);
    const rx = await receiver((req, res) => res.end(req.url === "/empty" ? "" : text));
    expect((await sendWebhook(attemptTo(rx.url))).responseExcerpt).toBe("é😀".repeat(100));
    expect((await sendWebhook(attemptTo(`${rx.url}/empty`))).responseExcerpt).toBeNull();
  });

  it("reports 410", async () => {
    const rx = await receiver((_req, res) => {
      res.statusCode = 410;
      res.end("gone");
    });
    expect(await sendWebhook(attemptTo(rx.url))).toMatchObject({ httpStatus: 410, error: null, responseExcerpt: "gone" });
  });

  it("surfaces Retry-After, in seconds or as an HTTP-date relative to the given clock", async () => {
    const rx = await receiver((req, res) => {
      res.writeHead(req.url === "/date" ? 429 : 503, { "retry-after": req.url === "/date" ? "Sun, 08 Mar 2026 07:35:00 GMT" : "120" });
      res.end();
    });
    expect(await sendWebhook(attemptTo(rx.url))).toMatchObject({ httpStatus: 503, retryAfterMs: 120_000 });
    const now = () => new Date("2026-03-08T07:30:00Z");
    expect(await sendWebhook(attemptTo(`${rx.url}/date`), now)).toMatchObject({ httpStatus: 429, retryAfterMs: 300_000 });
  });

  it("does not follow a redirect", async () => {
    const rx = await receiver((req, res) => {
      if (req.url === "/elsewhere") return res.end("followed");
      res.writeHead(302, { location: "/elsewhere" });
      res.end();
    });
    const outcome = await sendWebhook(attemptTo(`${rx.url}/hook`));
    expect(outcome).toMatchObject({ httpStatus: 302, error: "redirect to /elsewhere not followed" });
    expect(rx.seen.map((request) => request.url)).toEqual(["/hook"]);
  });

  it("times out a receiver that does not answer within timeoutMs", async () => {
    const rx = await receiver(() => {});
    const outcome = await sendWebhook(attemptTo(rx.url, { timeoutMs: 300 }));
    expect(outcome).toMatchObject({ httpStatus: null, error: "timed out after 300 ms", responseExcerpt: null });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(295);
    expect(outcome.durationMs).toBeLessThan(2000);
  });

  it("bounds the whole attempt, a slow answer's body too", async () => {
    const rx = await receiver((_req, res) => {
      res.writeHead(200);
      res.write("partial");
    });
    const outcome = await sendWebhook(attemptTo(rx.url, { timeoutMs: 300 }));
    expect(outcome).toMatchObject({ httpStatus: 200, error: "timed out after 300 ms", responseExcerpt: "partial" });
    expect(outcome.durationMs).toBeLessThan(2000);
  });

  it("reads at most 64 KiB of an endless answer", async () => {
    const rx = await receiver((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = "a".repeat(16 * 1024);
      const timer = setInterval(() => res.write(chunk), 5);
      res.on("close", () => clearInterval(timer));
    });
    const outcome = await sendWebhook(attemptTo(rx.url, { timeoutMs: 5000 }));
    expect(outcome).toMatchObject({ httpStatus: 200, error: null, responseExcerpt: "a".repeat(200) });
    expect(outcome.durationMs).toBeLessThan(2000);
  });

  it("reports a closed port as connection refused", async () => {
    const rx = await receiver();
    await rx.close();
    expect(await sendWebhook(attemptTo(rx.url))).toMatchObject({ httpStatus: null, error: "connection refused" });
  });

  it("reports a receiver that drops the connection as connection reset", async () => {
    const rx = await receiver((req) => req.socket.destroy());
    expect(await sendWebhook(attemptTo(rx.url))).toMatchObject({ httpStatus: null, error: "connection reset" });
    expect(rx.seen).toHaveLength(1);
  });

  it("refuses a loopback IP literal when private networks are not allowed: the receiver sees nothing", async () => {
    const rx = await receiver();
    const outcome = await sendWebhook(attemptTo(rx.url, { allowPrivateNetworks: false }));
    expect(outcome).toMatchObject({ httpStatus: null, error: `refused: 127.0.0.1 is a loopback address ${HINT}`, responseExcerpt: null });
    expect(await sendWebhook(attemptTo(`http://[::1]:${rx.port}/`, { allowPrivateNetworks: false }))).toMatchObject({
      error: `refused: ::1 is a loopback address ${HINT}`,
    });
    expect(rx.connections).toBe(0);
    expect(rx.seen).toHaveLength(0);
  });

  it("refuses a name resolving to loopback when connecting (the guarded lookup): the receiver sees nothing", async () => {
    const rx = await receiver();
    const url = `http://localhost:${rx.port}/hook`;
    const outcome = await sendWebhook(attemptTo(url, { allowPrivateNetworks: false }));
    expect(outcome.httpStatus).toBeNull();
    expect(outcome.error).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true/,
    );
    expect(rx.connections).toBe(0);
    // The same URL with private networks allowed reaches it (localhost may answer ::1 first where IPv6 is up).
    const allowed = await sendWebhook(attemptTo(url, { allowPrivateNetworks: true }));
    expect(allowed.httpStatus).toBe(200);
    expect(rx.seen).toHaveLength(1);
  });

  it("answers an unknown host, a bad URL and a bad secret as errors, never throwing", async () => {
    expect(await sendWebhook(attemptTo("http://no-such-host.invalid/x", { allowPrivateNetworks: false }))).toMatchObject({
      httpStatus: null,
      error: "host not found",
    });
    expect(await sendWebhook(attemptTo("not a url"))).toMatchObject({ httpStatus: null, error: "invalid URL" });
    expect(await sendWebhook(attemptTo("ftp://127.0.0.1/x"))).toMatchObject({ httpStatus: null, error: "unsupported scheme ftp" });
    const rx = await receiver();
    expect(await sendWebhook(attemptTo(rx.url, { secret: "whsec_" }))).toMatchObject({ httpStatus: null, error: "invalid signing secret" });
    expect(rx.seen).toHaveLength(0);
  });
});

describe("generateSecret", () => {
  it("answers whsec_ and the base64 of 24 random bytes", () => {
    const secrets = new Set(Array.from({ length: 20 }, generateSecret));
    expect(secrets.size).toBe(20);
    for (const value of secrets) {
      expect(value).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
      expect(Buffer.from(value.slice("whsec_".length), "base64")).toHaveLength(24);
    }
  });
});
