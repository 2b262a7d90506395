/**
 * Parsing a spec apart from the rules that compare it with "now" (SEMANTICS.md: "must be in the
 * future" is for writes). One pass over a spec collects its structure problems and, for each date a
 * write requires to lie ahead (an expiration, an irregular date), a deadline at its place among them.
 * A read (a stored row, a preview) keeps the structure only and needs no clock; a write checks the
 * deadlines against its own clock and answers every problem in field order.
 */
import type { Calendar } from "./calendar";
import type { Clock, Parsed, Problem } from "./types";

/** A date a spec names that a write requires to lie after its clock. */
export interface Deadline {
  path: string[];
  message: string;
  /** The instant (epoch ms); only a write asks for it. */
  instant: () => number;
  /** How many structure problems came before it (its place in the answer). */
  position: number;
}

/** A valid spec: its calendar and the canonical form it is stored in. */
export interface Compiled<S> {
  calendar: Calendar;
  spec: S;
}

/** What one pass over a spec found: structure problems, deadlines, and, when the structure is sound, the result. */
export class SpecFindings<S> {
  readonly problems: Problem[] = [];
  private readonly deadlines: Deadline[] = [];
  private result: Compiled<S> | null = null;

  /** Records a date that must lie after a write's clock. */
  deadline(path: string[], message: string, instant: () => number): void {
    this.deadlines.push({ path, message, instant, position: this.problems.length });
  }

  /** Sets the result; ignored when a structure problem was found. */
  succeed(calendar: Calendar, spec: S): this {
    if (this.problems.length === 0) this.result = { calendar, spec };
    return this;
  }

  /** The calendar, from the structure alone, as reads need it. */
  calendar(): Parsed<Calendar> {
    return this.result ? { ok: true, value: this.result.calendar } : { ok: false, problems: this.problems };
  }

  /** The structure and the deadlines at `clock.now()`, every problem in field order, as writes need it. */
  at(clock: Clock): Parsed<Compiled<S>> {
    const now = clock.now().getTime();
    const problems: Problem[] = [];
    let next = 0;
    const passed = (position: number) => {
      for (; next < this.deadlines.length && this.deadlines[next].position === position; next++) {
        const { path, message, instant } = this.deadlines[next];
        if (instant() <= now) problems.push({ path, message });
      }
    };
    this.problems.forEach((problem, i) => {
      passed(i);
      problems.push(problem);
    });
    passed(this.problems.length);
    return problems.length > 0 || !this.result ? { ok: false, problems } : { ok: true, value: this.result };
  }
}
