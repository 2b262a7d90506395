/**
 * The Prometheus metrics of a process (prom-client), served by GET /metrics (src/operations.ts): the
 * process's own (CPU, memory, event-loop lag), runs by state (read from the database at each scrape:
 * every instance reports the same totals), the lateness of the runs this process made, its delivery
 * attempts by outcome and duration, the lateness of first attempts, and its HTTP answers by status.
 * None carries schedule data.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { RunState } from "./generated/prisma/client";
import { countRunsByState } from "./services/run";

export const metrics = new Registry();
collectDefaultMetrics({ register: metrics });

new Gauge({
  name: "schedule_runs",
  help: "Runs in the database, by state (every instance reports the same totals).",
  labelNames: ["state"],
  registers: [metrics],
  async collect() {
    const counts = await countRunsByState();
    for (const state of Object.values(RunState)) this.set({ state }, counts[state] ?? 0);
  },
});

export const runsMade = new Counter({
  name: "schedule_runs_made_total",
  help: "Runs this process's dispatcher made, by origin and state.",
  labelNames: ["origin", "state"],
  registers: [metrics],
});

export const runLateness = new Histogram({
  name: "schedule_run_lateness_seconds",
  help: "From an occurrence's instant to its run being made, for the on-time (SCHEDULED) runs this process made (real seconds).",
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [metrics],
});

export const httpRequests = new Counter({
  name: "http_requests_total",
  help: "HTTP answers of this process, by status code.",
  labelNames: ["status"],
  registers: [metrics],
});

/**
 * Records the runs a dispatch pass made, once committed at `committedAt` (the service clock): their
 * lateness is from the instant to the commit, in real seconds (`rate`: simulated ms per real ms).
 */
export function observeRunsMade(
  runs: readonly { origin: string; state: string; dueAt: Date | string }[],
  committedAt: Date,
  rate: number,
): void {
  for (const run of runs) {
    runsMade.inc({ origin: run.origin, state: run.state });
    if (run.origin === "SCHEDULED") {
      const late = (committedAt.getTime() - new Date(run.dueAt).getTime()) / rate / 1000;
      runLateness.observe(Math.max(0, late));
    }
  }
}

export const deliveryAttempts = new Counter({
  name: "schedule_delivery_attempts_total",
  help: "Delivery attempts this process made, by outcome (DELIVERED, RETRY, GONE: 410, FAILED: no attempt left).",
  labelNames: ["outcome"],
  registers: [metrics],
});

export const deliveryAttemptDuration = new Histogram({
  name: "schedule_delivery_attempt_duration_seconds",
  help: "How long this process's delivery attempts took, by outcome (real seconds).",
  labelNames: ["outcome"],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metrics],
});

export const firstAttemptLateness = new Histogram({
  name: "schedule_delivery_first_attempt_lateness_seconds",
  help: "From an occurrence's instant to the first delivery attempt of its on-time (SCHEDULED) run (real seconds).",
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers: [metrics],
});

/** Records one ended delivery attempt (`rate`: simulated ms per real ms). */
export function observeAttempt(
  attempt: { outcome: string; dueAt: Date; origin: string; record: { number: number; startedAt: Date; durationMs: number } },
  rate: number,
): void {
  deliveryAttempts.inc({ outcome: attempt.outcome });
  deliveryAttemptDuration.observe({ outcome: attempt.outcome }, attempt.record.durationMs / 1000);
  if (attempt.record.number === 1 && attempt.origin === "SCHEDULED") {
    const late = (attempt.record.startedAt.getTime() - attempt.dueAt.getTime()) / rate / 1000;
    firstAttemptLateness.observe(Math.max(0, late));
  }
}
