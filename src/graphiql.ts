/**
 * GraphiQL: what it opens with (a working example operation and the headers to authenticate it) and
 * how its page is served (a Yoga plugin): made once, compressed once per coding, revalidated by ETag.
 */
import { createHash } from "node:crypto";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { shouldRenderGraphiQL, type GraphiQLOptions, type Plugin } from "graphql-yoga";
import { addVary, bytes, compress, negotiateEncoding, type ContentCoding } from "./web-edge";

export const EXAMPLE_OPERATION = `# Welcome to the schedule service.
# Every request needs 'Authorization: Bearer <token>' (see the Headers tab below).
# Run this, then explore the Docs panel on the left.

mutation CreateBillingRun {
  createJobSchedule(input: {
    name: "Nightly billing run"
    specification: "30 2 * * *"
    location: "America/New_York"
    job: { jobType: BILLING_RUN }
  }) {
    __typename
    ... on MutationCreateJobScheduleSuccess {
      data {
        id
        name
        scheduledFor { at localDateTime }
        # 2026-03-08 02:30 does not exist in New York: that run moves to 03:30 and says shifted: true
        upcomingOccurrences(after: "2026-03-06T00:00:00Z", first: 4) { at localDateTime shifted }
      }
    }
    ... on ValidationError { message fieldErrors { path message } }
  }
}

query AllSchedules {
  schedules(first: 10) {
    edges {
      node {
        __typename
        ... on Recurring { timeZone nextOccurrence { at localDateTime } }
      }
    }
  }
}
`;

export function graphiqlHeaders(token: string | null): string {
  return JSON.stringify({ Authorization: `Bearer ${token ?? "<paste a token here>"}` }, null, 2);
}

/**
 * Yoga's GraphiQL options. GraphiQL keeps its tabs in the browser's localStorage; on a later visit it
 * makes the tab matching its initial query the active one, or adds one. Yoga only passes `query` on as
 * that initial query (`defaultQuery` is for the first visit), so without it a second visit opened an
 * empty `<untitled>` tab (▶ then answered "Syntax Error: Unexpected <EOF>"). With it, the example tab
 * is the active one on every visit; tabs the user edited stay beside it. Headers are not kept in
 * localStorage: the printed token changes with every start, and a new visit gets the current one.
 */
export function graphiqlOptions(token: string | null): GraphiQLOptions {
  const options: GraphiQLOptions & { query: string } = {
    title: "Schedule service",
    defaultQuery: EXAMPLE_OPERATION,
    query: EXAMPLE_OPERATION,
    headers: graphiqlHeaders(token),
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: "headers",
  };
  return options;
}

export interface GraphiQLPageOptions {
  /** A token to prefill the Headers tab with (only when the service made its own secret). */
  token: string | null;
}

/** Whether an If-None-Match header names this entity tag (in any of its codings' spellings). */
function matches(ifNoneMatch: string | null, tag: string): boolean {
  if (ifNoneMatch == null) return false;
  return ifNoneMatch.split(",").some((entry) => {
    const value = entry.trim().replace(/^W\//, "");
    return value === "*" || value === `"${tag}"` || value.startsWith(`"${tag}-`);
  });
}

/**
 * Serves GraphiQL to a browser's GET of the endpoint. The page (about 9 MB, GraphiQL and its editor
 * inlined so it works offline) is rendered on the first visit and kept with its brotli and gzip forms;
 * its ETag is a hash of its text, so it changes with the prefilled token. `private`: the page may carry
 * the admin token, so no shared cache may keep it; `no-cache`: a later visit revalidates and gets a 304.
 */
export function graphiqlPagePlugin(options: GraphiQLPageOptions): Plugin {
  let endpoint = "/graphql";
  let page: { body: Uint8Array<ArrayBuffer>; tag: string } | undefined;
  const encoded = new Map<ContentCoding, Promise<Uint8Array<ArrayBuffer>>>();
  const render = () => {
    if (!page) {
      const html = renderGraphiQL(graphiqlOptions(options.token));
      const body = bytes(Buffer.from(html));
      page = { body, tag: createHash("sha256").update(body).digest("base64url").slice(0, 27) };
    }
    return page;
  };
  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!shouldRenderGraphiQL(request) || (url.pathname !== endpoint && url.pathname !== `${endpoint}/`)) return;
      const { body, tag } = render();
      const coding = negotiateEncoding(request.headers.get("accept-encoding"));
      const headers = new fetchAPI.Headers({
        "content-type": "text/html; charset=utf-8",
        "cache-control": "private, no-cache",
        etag: `"${coding ? `${tag}-${coding}` : tag}"`,
      });
      addVary(headers, "Accept");
      addVary(headers, "Accept-Encoding");
      if (matches(request.headers.get("if-none-match"), tag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      if (!coding) {
        endResponse(new fetchAPI.Response(body, { status: 200, headers }));
        return;
      }
      let compressed = encoded.get(coding);
      if (!compressed) {
        compressed = compress(body, coding);
        encoded.set(coding, compressed);
        compressed.catch(() => encoded.delete(coding)); // a failure is tried again on the next visit
      }
      headers.set("content-encoding", coding);
      endResponse(new fetchAPI.Response(await compressed, { status: 200, headers }));
    },
  };
}
