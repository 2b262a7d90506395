/** Structured JSON logs (pino) on stderr. Silent under tests unless LOG_LEVEL asks. */
import { randomUUID } from "node:crypto";
import { pino } from "pino";

export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  pino.destination(2),
);

/** Logs an unexpected failure with its stack under a new tracking id, and answers the id for the client. */
export function logUnexpected(error: unknown, msg = "unexpected error"): string {
  const trackingId = randomUUID().replaceAll("-", "");
  log.error({ trackingId, err: error instanceof Error ? error : new Error(String(error)) }, msg);
  return trackingId;
}
