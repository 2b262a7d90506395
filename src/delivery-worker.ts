/**
 * The delivery worker: in every process that runs the dispatcher, it delivers the runs due for an
 * attempt (services/delivery.ts). It keeps up to `concurrency` attempts in flight; runs are taken in
 * batches by a conditional UPDATE (two workers never take one), and the ended attempts are recorded in
 * batches, a few milliseconds apart, each batch one transaction. It looks for due runs when the
 * dispatcher of its process made some, when another instance announces some (runNow, retryRun, a
 * backfill, on the database's channel), at the earliest retry or lease end, and at least every second.
 *
 * `stop()` takes nothing more, waits a little for the attempts in flight and records them; an attempt
 * still in flight after that is left to its lease: another worker makes it again, with the same webhook-id.
 */
import { database } from "./db";
import { log } from "./logger";
import { observeAttempt } from "./metrics";
import {
  earliestAttemptAt,
  makeAttempt,
  recordEndedAttempts,
  takeDueRuns,
  type AttemptSettings,
  type EndedAttempt,
} from "./services/delivery";
import { DELIVERIES_DUE_CHANNEL } from "./services/wake";
import { startWakeLoop } from "./wake-loop";

/** The longest the worker sleeps (real ms). */
const POLL_MS = 1000;
/** Runs taken per statement at most, and at least while attempts are in flight. */
const TAKE_BATCH = 200;
const MIN_TAKE = 50;
/** Ended attempts recorded together: a batch is written when it has this many, or this long after its first (real ms). */
const RECORD_BATCH = 200;
const RECORD_DELAY_MS = 25;
/** How long stop() waits for the attempts in flight (real ms). */
const STOP_WAIT_MS = 3000;

export interface DeliveryWorker {
  /** Looks for due runs at once (the dispatcher made some). */
  wake(): void;
  stop(): Promise<void>;
}

export interface DeliveryWorkerOptions extends AttemptSettings {
  /** Attempts in flight (or ended and not yet recorded) at most. */
  concurrency: number;
}

export async function startDeliveryWorker(options: DeliveryWorkerOptions): Promise<DeliveryWorker> {
  const { clock, concurrency } = options;
  let inFlight = 0;
  let ended: EndedAttempt[] = [];
  let recording: Promise<void> | null = null;
  let recordTimer: NodeJS.Timeout | null = null;
  let failures = 0;
  // A wake while it takes (the attempts ending free their slots) takes once more after.
  const loop = startWakeLoop(() => take(), { pollMs: POLL_MS });

  const record = () => {
    if (recordTimer) clearTimeout(recordTimer);
    recordTimer = null;
    if (recording || ended.length === 0) return;
    const batch = ended;
    ended = [];
    recording = recordEndedAttempts(batch, clock)
      .then(() => {
        failures = 0;
        for (const attempt of batch) observeAttempt(attempt, clock.rate);
      })
      .catch((error) => {
        // Kept for the next write; if the process dies first, the leases run out and the runs are attempted again.
        failures++;
        log.warn({ err: error, attempts: batch.length }, "could not record delivery attempts; trying again");
        ended = [...batch, ...ended];
      })
      .finally(() => {
        recording = null;
        if (ended.length > 0) recordTimer = setTimeout(record, failures > 0 ? 100 * Math.min(failures, 10) : 0);
        // retries are due later, and slots are free again
        loop.wake();
      });
  };

  const ended_ = (attempt: EndedAttempt) => {
    inFlight--;
    ended.push(attempt);
    if (ended.length >= RECORD_BATCH) record();
    else recordTimer ??= setTimeout(record, RECORD_DELAY_MS);
  };

  const take = async () => {
    try {
      for (;;) {
        // ended attempts not yet recorded hold their slots: memory stays bounded however slow the database is
        const free = concurrency - inFlight - ended.length;
        if (loop.stopping || free <= 0) return;
        // While attempts are in flight, wait for a batch worth its statements (each take costs a few
        // whatever its size): the attempts ending free the slots, and their recording looks again.
        if (inFlight > 0 && free < Math.min(MIN_TAKE, Math.ceil(concurrency / 4))) return;
        const want = Math.min(free, TAKE_BATCH);
        const prepared = await takeDueRuns(options, want);
        for (const attempt of prepared) {
          inFlight++;
          void makeAttempt(attempt, options).then(ended_);
        }
        if (prepared.length < want) break;
      }
      const next = await earliestAttemptAt();
      loop.arm(next ? clock.delayUntil(next) : POLL_MS);
    } catch (error) {
      log.error({ err: error }, "the delivery worker could not take runs; trying again in a second");
      loop.arm(POLL_MS);
    }
  };

  const unsubscribe = await database.subscribe(DELIVERIES_DUE_CHANNEL, () => loop.wake());
  loop.wake();

  return {
    wake: loop.wake,
    async stop() {
      const taking = loop.stop();
      unsubscribe();
      await taking;
      const until = Date.now() + STOP_WAIT_MS;
      while (inFlight > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      await recording;
      record();
      await recording;
    },
  };
}
