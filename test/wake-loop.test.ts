import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startWakeLoop } from "../src/wake-loop";

// The task's own waits, on the same fake timers.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lets `ms` of (fake) time pass, running every timer and promise due meanwhile. */
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("wake loop (the dispatcher's and the delivery worker's)", () => {
  it("never runs the task twice at once, and runs it once more after wakes that came while it ran", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const loop = startWakeLoop(
      async () => {
        running++;
        most = Math.max(most, running);
        runs++;
        await sleep(30);
        running--;
      },
      { pollMs: 1000 },
    );
    loop.wake();
    loop.wake();
    loop.wake();
    await pass(10);
    loop.wake();
    await pass(120);
    expect(most).toBe(1);
    // the first run, then one for the three wakes during it
    expect(runs).toBe(2);
    await loop.stop();
  });

  it("lets the task take a wake into account as it goes (then it does not run again), and tells it once", async () => {
    const seen: boolean[] = [];
    let interrupted = 0;
    const loop = startWakeLoop(
      async () => {
        await sleep(20);
        seen.push(loop.takeWake(), loop.takeWake());
      },
      { pollMs: 1000, onWakeWhileRunning: () => interrupted++ },
    );
    loop.wake();
    loop.wake();
    await pass(80);
    expect(seen).toEqual([true, false]);
    expect(interrupted).toBe(1);
    await loop.stop();
  });

  it("runs at the earliest time armed, never later than pollMs, and nothing once stopped", async () => {
    const at: number[] = [];
    const started = Date.now();
    const loop = startWakeLoop(
      async () => {
        at.push(Date.now() - started);
      },
      { pollMs: 150 },
    );
    loop.arm(60_000); // capped at 150 ms
    loop.arm(50); // sooner: wins
    loop.arm(100); // later than what is armed: ignored
    await pass(110);
    expect(at).toEqual([50]);
    loop.arm(60_000);
    await pass(200);
    expect(at).toEqual([50, 110 + 150]);
    loop.arm(10);
    await loop.stop();
    loop.wake();
    loop.arm(0);
    await pass(60);
    expect(at).toHaveLength(2);
  });

  it("stop waits for the run under way", async () => {
    let done = false;
    const loop = startWakeLoop(
      async () => {
        await sleep(50);
        done = true;
      },
      { pollMs: 1000 },
    );
    loop.wake();
    let stopped = false;
    void loop.stop().then(() => {
      stopped = true;
    });
    expect(loop.stopping).toBe(true);
    await pass(20);
    expect(stopped).toBe(false);
    await pass(40);
    expect(done).toBe(true);
    expect(stopped).toBe(true);
  });
});
