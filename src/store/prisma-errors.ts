/** Turning the database's refusals into the service's typed errors. */
import { Prisma } from "../generated/prisma/client";

/** The columns of the unique index a write broke, or null if it broke none. */
export function uniqueViolation(error: unknown): string[] | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = (error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined);
    if (Array.isArray(target?.target)) return target.target.map(String);
    const fields = target?.driverAdapterError?.cause?.constraint?.fields;
    // PostgreSQL names mixed-case columns quoted ("productId"); SQLite does not
    if (Array.isArray(fields)) return fields.map((field) => String(field).replace(/^"(.*)"$/, "$1").replaceAll('""', '"'));
    return [];
  }
  return null;
}

/** True when a write addressed a row that is not there (any more). */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
