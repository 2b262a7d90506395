/**
 * The HTTP edge of the GraphQL endpoint, apart from what a request may cost (limits.ts): which browser
 * origins may call it (CORS), which request bodies it reads, and compressed answers.
 */
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import type { Plugin } from "graphql-yoga";
import { jsonError } from "./limits";

/** Yoga's `cors` option: the listed origins and the service's own, without credentials (tokens are bearer headers). */
export function corsPolicy(allowedOrigins: readonly string[]) {
  const any = allowedOrigins.includes("*");
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (origin == null) return false;
    if (!any && !allowedOrigins.includes(origin) && origin !== new URL(request.url).origin) return false;
    return {
      origin,
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ["authorization", "content-type"],
      exposedHeaders: ["retry-after"],
      maxAge: 600,
    };
  };
}

/**
 * The media types Yoga's JSON parser reads (its `isPOSTJsonRequest`): the first of a Content-Type
 * list, exactly or followed by parameters. Only these POST bodies, and GET (queries only), are read:
 * a form, multipart or `application/graphql` POST is a request a page of any origin can send
 * without a CORS preflight.
 */
const JSON_MEDIA_TYPES = ["application/json", "application/graphql+json"];

function isJsonBody(request: Request): boolean {
  const contentType = request.headers.get("content-type")?.split(",")[0] ?? "";
  return JSON_MEDIA_TYPES.some((type) => contentType === type || contentType.startsWith(`${type};`));
}

/** Answers 415 UNSUPPORTED_MEDIA_TYPE to a GraphQL POST whose body is not JSON. */
export function jsonBodiesOnlyPlugin(): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      if (request.method !== "POST" || isJsonBody(request)) return;
      const sent = request.headers.get("content-type");
      endResponse(
        jsonError(
          415,
          `Send GraphQL requests as POST with Content-Type: application/json (or GET for queries), not ${sent ? JSON.stringify(sent) : "a body without a Content-Type"}`,
          "UNSUPPORTED_MEDIA_TYPE",
          { accepted: JSON_MEDIA_TYPES },
          { "accept-post": JSON_MEDIA_TYPES.join(", ") },
          fetchAPI,
        ),
      );
    },
  };
}

export type ContentCoding = "br" | "gzip";

/** The coding a client accepts (Accept-Encoding, with q-values), brotli before gzip; null for none. */
export function negotiateEncoding(acceptEncoding: string | null): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q) || 0);
  }
  const weight = (coding: ContentCoding) =>
    weights.get(coding) ?? (coding === "gzip" ? weights.get("x-gzip") : undefined) ?? weights.get("*") ?? 0;
  const best = (["br", "gzip"] as const).filter((coding) => weight(coding) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best ?? null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses in the thread pool, off the event loop. Brotli quality 5 and gzip level 6: GraphiQL's 9 MB
 * page takes about 0.25 s either way (brotli 9 saves 4 % more for 4 times the time; 11, 12 % for 70).
 */
export async function compress(body: Uint8Array, coding: ContentCoding): Promise<Uint8Array<ArrayBuffer>> {
  const compressed =
    coding === "br"
      ? await brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
      : await gzipAsync(body, { level: 6 });
  return bytes(compressed);
}

/** A Buffer as the Uint8Array a Response body takes (same memory). */
export function bytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

/** Adds `value` to a response's Vary header unless it is there already. */
export function addVary(headers: Headers, value: string): void {
  const current = headers.get("vary");
  if (!current) headers.set("vary", value);
  else if (!current.split(",").some((v) => ["*", value.toLowerCase()].includes(v.trim().toLowerCase())))
    headers.set("vary", `${current}, ${value}`);
}

/** Smaller bodies gain little and cost a round of zlib. */
const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE = /^(application\/(json|graphql-response\+json)|text\/(html|plain|calendar))\b/i;

/**
 * Compresses every answer worth it (JSON, the calendar feed, text) for a client whose Accept-Encoding
 * allows br or gzip; answers already encoded (GraphiQL's page) pass as they are. Every answer of the
 * endpoint varies by Origin (CORS) and Accept-Encoding, and says so for caches.
 */
export function compressionPlugin(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      addVary(response.headers, "Origin");
      const contentType = response.headers.get("content-type") ?? "";
      if (!COMPRESSIBLE.test(contentType)) return;
      addVary(response.headers, "Accept-Encoding");
      const coding = negotiateEncoding(request.headers.get("accept-encoding"));
      if (!coding || !response.body || request.method === "HEAD" || response.headers.has("content-encoding")) return;
      if (response.status === 204 || response.status === 304) return;
      const length = response.headers.get("content-length");
      if (length != null && Number(length) < MIN_COMPRESSED_BYTES) return;
      const body = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      if (body.byteLength < MIN_COMPRESSED_BYTES) {
        setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
        return;
      }
      headers.set("content-encoding", coding);
      headers.delete("content-length");
      setResponse(
        new fetchAPI.Response(await compress(body, coding), { status: response.status, statusText: response.statusText, headers }),
      );
    },
  };
}
