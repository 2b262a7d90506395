/**
 * The feed URL rotateCalendarFeedToken answers carries a secret, so its origin is the service's own
 * (PUBLIC_URL, by default the listening address), never the Host header a client sends. Real server
 * processes on 127.0.0.1, since the Host header is what a client forges.
 */
import { copyFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { type ChildAnswer, childToken, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { expectTypename } from "../helpers/graphql";
import { templateDatabase, testTmpDir } from "../helpers/tmp";
import { graphql } from "./gql";

const SECRET = "feed-url-test-secret-of-at-least-32-bytes";
const started: ChildServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

async function start(env: Record<string, string> = {}): Promise<ChildServer> {
  const dbFile = join(testTmpDir(), `${randomUUID()}.db`);
  copyFileSync(templateDatabase(), dbFile);
  const server = await startChildServer({ dbFile, secret: SECRET, env });
  started.push(server);
  return server;
}

/** POSTs an operation with a Host header of the caller's choosing (fetch would not send a forged one). */
function postWithHost<TResult, TVariables>(
  url: string,
  host: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: NoInfer<TVariables>,
): Promise<ChildAnswer<TResult>["body"]> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", headers: { host, "content-type": "application/json", authorization: `Bearer ${token}` } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(JSON.parse(body)));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query: print(document), variables }));
  });
}

const CREATE =
  graphql(`mutation FeedUrlCreate { createJobSchedule(input: { name: "Feed URL", specification: "0 9 * * *", location: "UTC", job: { jobType: BILLING_RUN } }) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }`);
const ROTATE = graphql(`mutation FeedUrlRotate($id: ID!) {
  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { url token } } }
}`);

/** The feed URL answered to a request whose Host header is `host`. */
async function rotatedUrl(server: ChildServer, host: string) {
  const token = await childToken(SECRET);
  const created = await post(server.url, token, CREATE);
  const { id } = expectTypename(created.body.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data;
  const answer = await postWithHost(server.url, host, token, ROTATE, { id });
  const { url, token: feedToken } = expectTypename(answer.data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess").data;
  return { id, url, feedToken };
}

// The three processes start at once (each takes seconds).
let byDefault: ChildServer;
let withPublicUrl: ChildServer;
let refused: Promise<unknown>;
beforeAll(async () => {
  refused = start({ PUBLIC_URL: "ftp://schedules.test/" }).then(
    () => "started",
    (error: Error) => error.message,
  );
  [byDefault, withPublicUrl] = await Promise.all([start(), start({ PUBLIC_URL: "https://schedules.test:8443/calendars/" })]);
});

describe("rotateCalendarFeedToken's URL", () => {
  it("is built from the listening address by default: a forged Host header changes nothing", async () => {
    const server = byDefault;
    const { id, url, feedToken } = await rotatedUrl(server, "forged.invalid");
    expect(url).toBe(`http://127.0.0.1:${server.port}/schedules/${encodeURIComponent(id)}/calendar.ics?token=${feedToken}`);
    // and it opens the feed
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  });

  it("is built from PUBLIC_URL when set, path prefix kept, whatever Host says", async () => {
    const server = withPublicUrl;
    const { id, url, feedToken } = await rotatedUrl(server, "forged.invalid:8080");
    expect(url).toBe(`https://schedules.test:8443/calendars/schedules/${encodeURIComponent(id)}/calendar.ics?token=${feedToken}`);
  });

  it("a PUBLIC_URL that is not an http(s) URL stops the service at start, naming the variable", async () => {
    expect(await refused).toMatch(/PUBLIC_URL must be an http or https URL/);
  });
});
