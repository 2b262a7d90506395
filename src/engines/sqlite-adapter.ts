/**
 * Prisma's better-sqlite3 driver adapter, whose transactions end even when their COMMIT or ROLLBACK
 * fails. Prisma 6.19.3 sends COMMIT / ROLLBACK as a query and only then releases the adapter's
 * transaction lock; when that query fails, the lock is never released and every later transaction of
 * the process waits for it forever (prisma/orm#29933). It fails, for instance, when a write cannot reach
 * the disk: SQLite then rolls the transaction back by itself, and the ROLLBACK answers "cannot rollback -
 * no transaction is active". Here a failed ROLLBACK is one that has nothing left to undo, and a failed
 * COMMIT rolls back what is left, ends the transaction and answers its error: the write that failed
 * answers its error, the writes after it go on.
 *
 * And whose statements wait for the transaction in progress. The adapter has one connection and locks
 * only transactions against each other: a statement sent outside a transaction (a raw query, a read)
 * while one is open ran inside it, on the same connection, so it read what that transaction had not
 * committed (runs before their instant) and its write was undone if that transaction rolled back (a
 * delivery worker's take of a run, after its webhook was sent). Here every statement outside a
 * transaction and every transaction take one lock, in turn: a statement waits for the transaction
 * before it, as it would for another process's.
 */
import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

export class RecoveringSQLite3 extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    // The adapter's better-sqlite3 connection (a public field of its class, not of its interface).
    const connection = (adapter as unknown as { client: Database.Database }).client;
    const turns = new Turns();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const release = await turns.take();
      try {
        return endingAlways(await startTransaction(isolationLevel), connection, release);
      } catch (error) {
        release();
        throw error;
      }
    };
    for (const method of ["queryRaw", "executeRaw", "executeScript"] as const) {
      const run = (adapter[method] as (arg: never) => Promise<unknown>).bind(adapter);
      (adapter as unknown as Record<string, (arg: never) => Promise<unknown>>)[method] = async (arg) => {
        const release = await turns.take();
        try {
          return await run(arg);
        } finally {
          release();
        }
      };
    }
    return adapter;
  }
}

/** One turn at a time, in the order asked for: take() answers once the turns before are released, with the release of this one. */
class Turns {
  #last: Promise<void> = Promise.resolve();
  take(): Promise<() => void> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = this.#last;
    this.#last = before.then(() => done);
    return before.then(() => release);
  }
}

function endingAlways(transaction: Transaction, connection: Database.Database, releaseTurn: () => void): Transaction {
  // commit() and rollback() release the lock (the adapter's and the turn): once, whoever calls them first
  let ended = false;
  const once = (end: () => Promise<void>) => async () => {
    if (ended) return;
    ended = true;
    try {
      await end();
    } finally {
      releaseTurn();
    }
  };
  transaction.commit = once(transaction.commit.bind(transaction));
  transaction.rollback = once(transaction.rollback.bind(transaction));
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.sql !== "COMMIT" && query.sql !== "ROLLBACK") throw error;
      if (connection.inTransaction) connection.exec("ROLLBACK");
      // A failed ROLLBACK had nothing left to undo: Prisma goes on to rollback(), which releases the lock.
      if (query.sql === "ROLLBACK") return 0;
      await transaction.rollback();
      throw error;
    }
  };
  return transaction;
}
