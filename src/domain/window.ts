/**
 * The `after` / `until` / `first` arguments every occurrence listing takes. `first` is checked on the
 * argument itself (schema/common.ts firstInRange), before anything runs.
 */
import type { Clock, Window } from "../recurrence/types";

export const FIRST_DEFAULT = 10;
export const FIRST_MAX = 1000;

export interface WindowArgs {
  after?: Date | null;
  until?: Date | null;
  first?: number | null;
}

/** The window of arguments already checked: `after` defaults to now, `first` to 10. */
export function windowOf(args: WindowArgs, clock: Clock): Window {
  return { after: args.after ?? clock.now(), until: args.until ?? null, first: args.first ?? FIRST_DEFAULT };
}
