/** What every resolver receives: who is asking and the clock. The database is not here (see db.ts). */
import type { YogaInitialContext } from "graphql-yoga";
import { authenticate, type AuthSettings, type Principal } from "./auth";
import { systemClock, type Clock } from "./recurrence/types";

export interface Context {
  readonly principal: Principal | null;
  readonly clock: Clock;
}

export interface ContextOptions {
  auth: AuthSettings;
  clock?: Clock;
}

export function contextFactory(options: ContextOptions) {
  return async ({ request }: YogaInitialContext): Promise<Context> => ({
    principal: await authenticate(request.headers.get("authorization"), options.auth.secret),
    clock: options.clock ?? systemClock,
  });
}
