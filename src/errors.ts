/**
 * The typed errors of the service. Domain code throws them; the GraphQL layer lists them as members of
 * each mutation's result union (Pothos errors plugin), so a client switches on `__typename`.
 * Each carries the HTTP status the seed APIs answer with and a stable `code`.
 */
import type { Problem } from "./recurrence/types";

/** A failure the client can act on: a stable `code`, the seed APIs' HTTP `status`, a message. */
export abstract class ServiceError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldError {
  path: string[];
  message: string;
}

/** 400: the input itself is wrong. Lists every problem with its path. */
export class ValidationError extends ServiceError {
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      fieldErrors.length === 1
        ? fieldErrors[0].message
        : `${fieldErrors.length} problems with the input: ${fieldErrors.map((e) => e.message).join("; ")}`,
      "BAD_USER_INPUT",
      400,
    );
  }

  static of(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

/** 404: the thing named does not exist. */
export class NotFoundError extends ServiceError {
  constructor(message: string) {
    super(message, "NOT_FOUND", 404);
  }
}

/** 409: a uniqueness rule, or a stale `expectedVersion` ("Write Conflict"). */
export class ConflictError extends ServiceError {
  constructor(message: string) {
    super(message, "CONFLICT", 409);
  }
}

export const WRITE_CONFLICT = "Write Conflict";

/** 412: the request does not fit the state of what it names (product type, schedule type). */
export class PreconditionFailedError extends ServiceError {
  constructor(message: string) {
    super(message, "PRECONDITION_FAILED", 412);
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
