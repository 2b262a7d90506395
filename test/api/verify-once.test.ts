/** A request's bearer token is verified once, however many parts of the service ask who is calling. */
import { describe, expect, it, vi } from "vitest";
import { TEST_AUTH, createClient, expectTypename, testLimits, tokenFor } from "../helpers/graphql";
import { graphql } from "./gql";

const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("jose", async (importOriginal) => {
  const jose = await importOriginal<typeof import("jose")>();
  return {
    ...jose,
    jwtVerify: (...args: Parameters<typeof jose.jwtVerify>) => {
      verifications.count++;
      return jose.jwtVerify(...args);
    },
  };
});

const { createSchedulesYoga } = await import("../../src/yoga");

describe("token verification", () => {
  const yoga = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits() });

  async function counted(run: () => Response | Promise<Response>) {
    verifications.count = 0;
    const response = await run();
    await response.arrayBuffer();
    return { status: response.status, verifications: verifications.count };
  }

  it("verifies a token once: a GraphQL request (rate limiter and context share it) once, a calendar feed with a new token once, a token seen before not again", async () => {
    const authorization = `Bearer ${await tokenFor(["ORG_ADMIN"])}`;
    const operation = await counted(() =>
      yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ schedules(first: 1) { edges { cursor } } }" }),
      }),
    );
    expect(operation).toEqual({ status: 200, verifications: 1 });

    const created = await createClient().execute(
      graphql(`mutation VerifyOnceCreate {
        createJobSchedule(input: { name: "verified once", specification: "0 1 * * *", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }
      }`),
    );
    const id = expectTypename(created.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
    const feedAuthorization = `Bearer ${await tokenFor(["ORG_ADMIN"], "2h")}`;
    const feedOf = () => yoga.fetch(`http://localhost/schedules/${encodeURIComponent(id)}/calendar.ics`, { headers: { authorization: feedAuthorization } });
    expect(await counted(feedOf)).toEqual({ status: 200, verifications: 1 });
    expect(await counted(feedOf)).toEqual({ status: 200, verifications: 0 });
    const again = await counted(() =>
      yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ __typename }" }),
      }),
    );
    expect(again).toEqual({ status: 200, verifications: 0 });
  });

  it("checks a remembered token's exp again at every use: once expired it is refused with jose's reason", async () => {
    const authorization = `Bearer ${await tokenFor(["ORG_ADMIN"], "60s")}`;
    const ask = () =>
      yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    expect((await counted(ask)).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 120_000 }); // past exp and the 30 s tolerance
    try {
      const response = await ask();
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe("JWT validation failed: JWT is expired");
    } finally {
      vi.useRealTimers();
    }
  });
});
