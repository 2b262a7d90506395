/** Transactions: a service runs the steps of one use case in one, passing `tx` to each store function. */
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** A transaction, or the client itself (every store function defaults to it). */
export type Db = Prisma.TransactionClient;

/**
 * How long a transaction that writes thousands of runs may take (a backfill of 10,000, a catch-up pass):
 * Prisma's default of 5 s rolled such a backfill back on a loaded machine, as an internal error.
 */
export const LARGE_WRITE_MS = 30_000;

/** `timeoutMs`: how long the transaction may take before Prisma rolls it back (default Prisma's 5 s). */
export function transaction<T>(work: (tx: Db) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return prisma.$transaction(work, options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs });
}

/** A transaction that writes thousands of runs (a backfill, a resume's catch-up, a dispatch pass): it may take LARGE_WRITE_MS. */
export function largeTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  return transaction(work, { timeoutMs: LARGE_WRITE_MS });
}
