/**
 * The service's clock: what "now" is for the API's defaults, the writes' checks and the dispatcher.
 *
 * - Normally the host's clock, corrected on PostgreSQL by the measured offset of the database's clock
 *   (SEMANTICS.md: "on PostgreSQL now is the database's clock, so instances with skewed clocks agree").
 * - `CLOCK_START` (an ISO instant) and `CLOCK_RATE` (default 1) make it a simulated clock, for tests
 *   and demonstrations: it reads CLOCK_START at the real instant `CLOCK_ANCHOR_MS` (epoch ms, default
 *   the process's start) and then runs CLOCK_RATE times as fast, so a DST night passes in seconds.
 *   Processes given the same three values read the same simulated time.
 */
import type { Clock } from "./recurrence";

export interface ServiceClock extends Clock {
  /** How many simulated milliseconds pass per real one (1 for a real clock). */
  readonly rate: number;
  /** Real milliseconds until the clock reads `at` (0 when it already does). */
  delayUntil(at: Date): number;
  /** The offset of the database's clock from the host's (ms): applied to a real clock, ignored by a simulated one. */
  setDatabaseOffset(ms: number): void;
  readonly simulated: boolean;
}

export function createClock(env: NodeJS.ProcessEnv = process.env): ServiceClock {
  const start = env.CLOCK_START ? Date.parse(env.CLOCK_START) : Number.NaN;
  if (env.CLOCK_START && Number.isNaN(start)) throw new Error(`CLOCK_START must be an ISO instant, not ${JSON.stringify(env.CLOCK_START)}`);
  const rate = env.CLOCK_RATE ? Number(env.CLOCK_RATE) : 1;
  if (!(rate > 0 && rate <= 1_000_000))
    throw new Error(`CLOCK_RATE must be a number above 0 (at most 1000000), not ${JSON.stringify(env.CLOCK_RATE)}`);
  const anchor = env.CLOCK_ANCHOR_MS ? Number(env.CLOCK_ANCHOR_MS) : Date.now();
  if (!Number.isFinite(anchor)) throw new Error(`CLOCK_ANCHOR_MS must be epoch milliseconds, not ${JSON.stringify(env.CLOCK_ANCHOR_MS)}`);
  const simulated = !Number.isNaN(start);
  let offset = 0;
  const nowMs = simulated ? () => start + (Date.now() - anchor) * rate : () => Date.now() + offset;
  return {
    rate: simulated ? rate : 1,
    simulated,
    now: () => new Date(nowMs()),
    delayUntil: (at) => Math.max(0, Math.ceil((at.getTime() - nowMs()) / (simulated ? rate : 1))),
    setDatabaseOffset(ms) {
      offset = ms;
    },
  };
}

/** The process's clock. */
export const serviceClock: ServiceClock = createClock();
