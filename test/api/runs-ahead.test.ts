/**
 * Passes planned ahead (SEMANTICS.md "Runs": never early): the dispatcher claims and plans the schedules
 * of an instant before it comes and commits their runs once it has. Here two passes of one instant (2
 * schedules each) are prepared 1.5 s ahead (the service clock moved by its database-offset setting, then
 * running at the host's pace) and committed together, as the dispatcher does: nothing is visible before
 * the instant, the runs are made at it (createdAt = the instant); a pause in between clears one claim of
 * the first pass: the commit rolls back and commits the others (of both passes) without it, and that
 * schedule makes no run.
 */
import { afterEach, describe, expect, it } from "vitest";
import { serviceClock } from "../../src/clock";
import { prisma } from "../../src/db";
import { commitPasses, dispatchDue, preparePass, type PreparedPass } from "../../src/services/dispatch";
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
    for (let i = 0; i < 4; i++) made.push(await makeJob(execute, { specification: "* * * * *", location: "UTC" }));
    // the raw ids inside the global ids ("JobSchedule:<id>")
    const ids = made.map((schedule) => Buffer.from(schedule.id, "base64").toString().split(":")[1]);
    for (let i = 0; i < 5 && (await dispatchDue(serviceClock, 500)).claimed > 0; i++);
    expect((await prisma.schedule.findMany({ where: { id: { in: ids } } })).map((s) => s.nextDueAt?.getTime())).toEqual([
      instant,
      instant,
      instant,
      instant,
    ]);

    setServiceNow(instant - 1500);
    const passes: PreparedPass[] = [];
    for (let i = 0; i < 2; i++) {
      const prepared = await preparePass(serviceClock, 2, 2000);
      expect("token" in prepared).toBe(true);
      passes.push(prepared as PreparedPass);
    }
    expect(passes.map((pass) => [pass.at.getTime(), pass.claimed])).toEqual([
      [instant, 2],
      [instant, 2],
    ]);
    expect(passes.flatMap((pass) => pass.runs.map((run) => new Date(run.createdAt!).getTime()))).toEqual([
      instant,
      instant,
      instant,
      instant,
    ]);

    // a pause clears the claim of one schedule of the first pass
    const pausedIndex = ids.indexOf(passes[0].runs[1].scheduleId);
    const paused = await execute(PAUSE, { id: made[pausedIndex].id, note: null });
    expect(paused.data?.pauseSchedule?.__typename).toBe("MutationPauseScheduleSuccess");
    const running = ids.filter((_, i) => i !== pausedIndex);

    const committing = commitPasses(serviceClock, passes);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(serviceClock.now().getTime()).toBeLessThan(instant);
    expect(await prisma.run.count({ where: { scheduleId: { in: ids } } })).toBe(0);
    const result = await committing;
    expect(serviceClock.now().getTime()).toBeGreaterThanOrEqual(instant);
    expect(result.lost).toBe(false);
    expect(result.claimed).toBe(4);
    expect(result.runs.map((run) => run.scheduleId).sort()).toEqual([...running].sort());

    const runs = await prisma.run.findMany({ where: { scheduleId: { in: ids } } });
    expect(runs.map((run) => [run.scheduleId, run.dueAt.getTime(), run.createdAt.getTime(), run.origin]).sort()).toEqual(
      running.map((id) => [id, instant, instant, "SCHEDULED"]).sort(),
    );
    const after = await prisma.schedule.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(after.every((schedule) => schedule.claimToken === null)).toBe(true);
    for (const schedule of after) {
      if (schedule.id === ids[pausedIndex]) expect(schedule.pausedAt).not.toBeNull();
      else expect([schedule.runsUntil?.getTime(), schedule.nextDueAt?.getTime()]).toEqual([instant, instant + MINUTE]);
    }
  });
});
