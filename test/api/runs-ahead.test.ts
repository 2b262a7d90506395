/**
 * Passes planned ahead (SEMANTICS.md "Runs": never early): the dispatcher claims and plans the schedules
 * of an instant before it comes and commits their runs once it has. Here a pass is prepared 1.5 s ahead
 * (the service clock moved by its database-offset setting, then running at the host's pace), nothing is
 * visible before the instant, the runs are made at it (createdAt = the instant); a pause in between clears
 * one claim: the commit rolls back and commits the others without it, and that schedule makes no run.
 */
import { afterEach, describe, expect, it } from "vitest";
import { serviceClock } from "../../src/clock";
import { prisma } from "../../src/db";
import { commitPass, dispatchDue, preparePass, type PreparedPass } from "../../src/services/dispatch";
import { createClient } from "../helpers/graphql";
import { PAUSE, executeWith, makeJob } from "./runs-fixtures";

const execute = executeWith(createClient());
const MINUTE = 60_000;

function setServiceNow(at: number | null): void {
  serviceClock.setDatabaseOffset(at === null ? 0 : at - Date.now());
}
afterEach(() => setServiceNow(null));

describe("a pass planned ahead of its instant", () => {
  it("commits at the instant, never before, and leaves out a schedule paused meanwhile", async () => {
    // a minute boundary a day ago; the schedules are made 40 s before it and read once (due next at it)
    const instant = Math.floor((Date.now() - 86_400_000) / MINUTE) * MINUTE;
    setServiceNow(instant - 40_000);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await makeJob(execute, { specification: "* * * * *", location: "UTC" }));
    // the raw ids inside the global ids ("JobSchedule:<id>")
    const ids = made.map((schedule) => Buffer.from(schedule.id, "base64").toString().split(":")[1]);
    for (let i = 0; i < 5 && (await dispatchDue(serviceClock, 500)).claimed > 0; i++);
    expect((await prisma.schedule.findMany({ where: { id: { in: ids } } })).map((s) => s.nextDueAt?.getTime())).toEqual([
      instant,
      instant,
      instant,
    ]);

    setServiceNow(instant - 1500);
    const prepared = await preparePass(serviceClock, 500, 2000);
    expect("token" in prepared).toBe(true);
    const pass = prepared as PreparedPass;
    expect(pass.at.getTime()).toBe(instant);
    expect(pass.claimed).toBe(3);
    expect(pass.runs.map((run) => new Date(run.createdAt!).getTime())).toEqual([instant, instant, instant]);

    // a pause clears its claim
    const paused = await execute(PAUSE, { id: made[1].id, note: null });
    expect(paused.data?.pauseSchedule?.__typename).toBe("MutationPauseScheduleSuccess");

    const committing = commitPass(serviceClock, pass);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(serviceClock.now().getTime()).toBeLessThan(instant);
    expect(await prisma.run.count({ where: { scheduleId: { in: ids } } })).toBe(0);
    const result = await committing;
    expect(serviceClock.now().getTime()).toBeGreaterThanOrEqual(instant);
    expect(result.lost).toBe(false);
    expect(result.runs.map((run) => run.scheduleId).sort()).toEqual([ids[0], ids[2]].sort());

    const runs = await prisma.run.findMany({ where: { scheduleId: { in: ids } } });
    expect(runs.map((run) => [run.scheduleId, run.dueAt.getTime(), run.createdAt.getTime(), run.origin]).sort()).toEqual(
      [
        [ids[0], instant, instant, "SCHEDULED"],
        [ids[2], instant, instant, "SCHEDULED"],
      ].sort(),
    );
    const after = await prisma.schedule.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(after.every((schedule) => schedule.claimToken === null)).toBe(true);
    for (const schedule of after) {
      if (schedule.id === ids[1]) expect(schedule.pausedAt).not.toBeNull();
      else expect([schedule.runsUntil?.getTime(), schedule.nextDueAt?.getTime()]).toEqual([instant, instant + MINUTE]);
    }
  });
});
