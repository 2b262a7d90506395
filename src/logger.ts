/** Structured JSON logs (pino) on stderr. Silent under tests unless LOG_LEVEL asks. */
import { pino } from "pino";

export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  pino.destination(2),
);
