/** Transactions: a service runs the steps of one use case in one, passing `tx` to each store function. */
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** A transaction, or the client itself (every store function defaults to it). */
export type Db = Prisma.TransactionClient;

/**
 * `timeoutMs`: how long the transaction may stay open (Prisma's default is 5 s, enough for every
 * use case but the ones that write thousands of rows, e.g. a backfill of 10,000 runs on a busy host).
 */
export function transaction<T>(work: (tx: Db) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return options.timeoutMs === undefined ? prisma.$transaction(work) : prisma.$transaction(work, { timeout: options.timeoutMs });
}
