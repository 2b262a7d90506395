/** The `after` / `until` / `first` arguments every occurrence listing takes, checked once. */
import { ProblemList } from "../errors";
import type { Clock, Window } from "../recurrence/types";

export const FIRST_DEFAULT = 10;
export const FIRST_MAX = 1000;

export interface WindowArgs {
  after?: Date | null;
  until?: Date | null;
  first?: number | null;
}

/** Problems with the window, with paths relative to the field's arguments. */
export function windowProblems(args: WindowArgs, problems: ProblemList): void {
  const first = args.first ?? FIRST_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > FIRST_MAX) {
    problems.add(["first"], `first must be between 1 and ${FIRST_MAX}`);
  }
}

/** The window of arguments already checked (windowProblems): `after` defaults to now, `first` to 10. */
export function windowOf(args: WindowArgs, clock: Clock): Window {
  return { after: args.after ?? clock.now(), until: args.until ?? null, first: args.first ?? FIRST_DEFAULT };
}

/** The window for a listing. Throws ValidationError when an argument is bad. */
export function occurrenceWindow(args: WindowArgs, clock: Clock): Window {
  const problems = new ProblemList();
  windowProblems(args, problems);
  problems.throwIfAny();
  return windowOf(args, clock);
}
