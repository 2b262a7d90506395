/**
 * Receivers are outside (SEMANTICS.md "Runs"): without WEBHOOK_ALLOW_PRIVATE_NETWORKS, a delivery URL in a
 * loopback, private, link-local or unique-local range (or a name resolving to one) is a ValidationError
 * on input.url; and a delivery set while they were allowed is refused again when a real server process
 * that does not allow them connects: the attempt records why, and the receiver gets nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChildServer, type ChildServer } from "../helpers/child-server";
import { createClient, expectTypename } from "../helpers/graphql";
import { type Receiver, startReceiver } from "../helpers/receiver";
import { graphql } from "./gql";
import { RUN_NOW, executeWith, makeJob } from "./runs-fixtures";

const client = createClient();
const execute = executeWith(client);

const SET_DELIVERY = graphql(`mutation PrivateNetworksSetDelivery($id: ID!, $url: String!) {
  setScheduleDelivery(scheduleId: $id, input: { url: $url, maxAttempts: 1 }) {
    __typename
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`);
const RUN = graphql(`query PrivateNetworksRun($id: ID!) {
  node(id: $id) { ... on Run { state failureReason attempts { number httpStatus error } } }
}`);

function withPrivateNetworks<T>(allowed: boolean, work: () => Promise<T>): Promise<T> {
  const before = process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS;
  process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = String(allowed);
  return work().finally(() => {
    if (before === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS;
    else process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = before;
  });
}

describe("a delivery URL inside a private network", () => {
  it.each([
    ["http://127.0.0.1:8080/hook", "loopback"],
    ["http://localhost:8080/hook", "localhost"],
    ["http://10.1.2.3/hook", "private"],
    ["http://192.168.0.10/hook", "private"],
    ["http://169.254.169.254/latest/meta-data", "link-local"],
    ["http://[::1]:8080/hook", "loopback"],
    ["http://[fd00::1]/hook", "unique-local"],
  ])("%s is a ValidationError on input.url naming the range", async (url, range) => {
    const schedule = await makeJob(execute);
    const res = await withPrivateNetworks(false, () => execute(SET_DELIVERY, { id: schedule.id, url }));
    const error = expectTypename(res.data?.setScheduleDelivery, "ValidationError");
    expect(error.fieldErrors).toHaveLength(1);
    expect(error.fieldErrors[0].path).toEqual(["input", "url"]);
    expect(error.fieldErrors[0].message).toContain(range);
    expect(error.fieldErrors[0].message).toContain("WEBHOOK_ALLOW_PRIVATE_NETWORKS");
  });
});

describe("a server that does not allow private networks", () => {
  let receiver: Receiver;
  let server: ChildServer;
  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startChildServer({
      databaseUrl: process.env.DATABASE_URL,
      secret: "private-networks-secret-of-at-least-32-bytes",
      startTimeoutMs: 60_000,
      env: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: "false" },
    });
  });
  afterAll(async () => {
    await server?.stop("SIGTERM");
    await receiver?.close();
  });

  it.each([
    ["an address", (url: string) => url],
    ["a name that resolves to one", (url: string) => url.replace("127.0.0.1", "localhost")],
  ])("refuses %s when it connects, although the URL was accepted while they were allowed", async (_label, urlOf) => {
    const schedule = await makeJob(execute);
    const set = await withPrivateNetworks(true, () => execute(SET_DELIVERY, { id: schedule.id, url: urlOf(receiver.url) }));
    expectTypename(set.data?.setScheduleDelivery, "MutationSetScheduleDeliverySuccess");
    const made = expectTypename((await execute(RUN_NOW, { id: schedule.id })).data?.runNow, "MutationRunNowSuccess").data;
    type RunRead = { state: string; attempts: { error: string | null; httpStatus: number | null }[] };
    let run: RunRead | null = null;
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const node = (await execute(RUN, { id: made.id })).data?.node;
      run = node && "state" in node ? (node as RunRead) : null;
      if (run?.state === "FAILED") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(run?.state, server.output()).toBe("FAILED");
    expect(run?.attempts).toHaveLength(1);
    expect(run?.attempts[0].httpStatus).toBeNull();
    expect(run?.attempts[0].error).toContain("loopback");
    expect(receiver.received.filter((r) => r.headers["webhook-id"] === made.id)).toEqual([]);
  });
});
