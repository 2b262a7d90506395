/** Counts the SQL statements Prisma sends while `run` runs. */
import { prisma } from "../../src/db";

let listening = false;
let count = 0;

export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  if (!listening) {
    prisma.$on("query", function () {
      count += 1;
      if (process.env.SQL_DEBUG) console.log("SQL", (arguments as any)[0]?.query);
    });
    listening = true;
  }
  const before = count;
  const result = await run();
  return { result, queries: count - before };
}
