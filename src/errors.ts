/**
 * The typed errors of the service. Domain code throws them; the GraphQL layer lists them as members of
 * each mutation's result union (Pothos errors plugin), so a client switches on `__typename`.
 * Each carries the HTTP status the seed APIs answer with and a stable `code`.
 */
import type { Problem } from "./recurrence/types";

export abstract class ServiceError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
}

export interface FieldError {
  path: string[];
  message: string;
}

/** 400: the input itself is wrong. Lists every problem with its path. */
export class ValidationError extends ServiceError {
  readonly code = "BAD_USER_INPUT";
  readonly status = 400;
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.length === 1 ? fieldErrors[0].message : `${fieldErrors.length} problems with the input: ${fieldErrors.map((e) => e.message).join("; ")}`);
    this.name = "ValidationError";
  }

  static of(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

/** 404: the thing named does not exist. */
export class NotFoundError extends ServiceError {
  readonly code = "NOT_FOUND";
  readonly status = 404;
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** 409: a uniqueness rule, or a stale `expectedVersion` ("Write Conflict"). */
export class ConflictError extends ServiceError {
  readonly code = "CONFLICT";
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export const WRITE_CONFLICT = "Write Conflict";

/** 412: the request does not fit the state of what it names (product type, schedule type). */
export class PreconditionFailedError extends ServiceError {
  readonly code = "PRECONDITION_FAILED";
  readonly status = 412;
  constructor(message: string) {
    super(message);
    this.name = "PreconditionFailedError";
  }
}

/** Collects problems from several checks so one answer can list them all. */
export class ProblemList {
  private readonly problems: FieldError[] = [];

  add(path: string[], message: string): void {
    this.problems.push({ path, message });
  }

  /** Adds problems reported relative to `prefix` (e.g. an engine's problems under `input`). */
  addAll(problems: readonly Problem[], prefix: string[] = []): void {
    for (const p of problems) this.problems.push({ path: [...prefix, ...p.path], message: p.message });
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  /** Throws a ValidationError listing every problem, if there is one. */
  throwIfAny(): void {
    if (!this.isEmpty) throw new ValidationError([...this.problems]);
  }
}
