/** The database's refusals, as the store reports them: what broke, not what it means to a client. */
import { Prisma } from "../generated/prisma/client";

/** The columns of the unique index a write broke, or null if it broke none. */
function uniqueViolation(error: unknown): string[] | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined;
    if (Array.isArray(target?.target)) return target.target.map(String);
    const fields = target?.driverAdapterError?.cause?.constraint?.fields;
    // PostgreSQL names mixed-case columns quoted ("productId"); SQLite does not
    if (Array.isArray(fields))
      return fields.map((field) =>
        String(field)
          .replace(/^"(.*)"$/, "$1")
          .replaceAll('""', '"'),
      );
    return [];
  }
  return null;
}

/**
 * A write broke a unique index. The store throws it (its only error of its own); the service that made
 * the write decides which ConflictError message it stands for, by `columns` (empty when the driver did
 * not name them).
 */
export class UniqueViolation extends Error {
  constructor(readonly columns: string[]) {
    super(`unique index broken (${columns.join(", ") || "columns not named"})`);
    this.name = "UniqueViolation";
  }
}

/** Runs a write, turning a broken unique index into a UniqueViolation. */
export async function reportingUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const columns = uniqueViolation(error);
    throw columns === null ? error : new UniqueViolation(columns);
  }
}

/** True when a write referenced a row that is not there (any more): a foreign key refused it. */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

/** True when a write addressed a row that is not there (any more). */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
