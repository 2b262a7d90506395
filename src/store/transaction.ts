/** Transactions: a service runs the steps of one use case in one, passing `tx` to each store function. */
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** A transaction, or the client itself (every store function defaults to it). */
export type Db = Prisma.TransactionClient;

export function transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(work);
}
