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

  it("verifies once for a GraphQL request (rate limiter and context share it) and once for a calendar feed", async () => {
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
    const feed = await counted(() => yoga.fetch(`http://localhost/schedules/${encodeURIComponent(id)}/calendar.ics`, { headers: { authorization } }));
    expect(feed).toEqual({ status: 200, verifications: 1 });
  });
});
