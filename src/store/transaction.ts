/** Transactions: a service runs the steps of one use case in one, passing `tx` to each store function. */
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** A transaction, or the client itself (every store function defaults to it). */
export type Db = Prisma.TransactionClient;

/** `timeoutMs`: how long the transaction may take before Prisma rolls it back (default Prisma's 5 s). */
export function transaction<T>(work: (tx: Db) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return prisma.$transaction(work, options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs });
}
