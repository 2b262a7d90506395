/** What every resolver receives: who is asking and the clock. The database is not here (see db.ts). */
import type { YogaInitialContext } from "graphql-yoga";
import { authenticateRequest, type AuthSettings, type Principal } from "./auth";
import type { Limits } from "./config";
import { systemClock, type Clock } from "./recurrence/types";

export interface Context {
  readonly principal: Principal | null;
  readonly clock: Clock;
  readonly limits: Limits;
  /** The base of the URLs the service hands out (config.ts `publicUrl`), never the request's Host. */
  readonly publicUrl: string;
}

export interface ContextOptions {
  auth: AuthSettings;
  limits: Limits;
  publicUrl: string;
  clock?: Clock;
}

export function contextFactory(options: ContextOptions) {
  return async ({ request }: YogaInitialContext): Promise<Context> => ({
    principal: await authenticateRequest(request, options.auth),
    clock: options.clock ?? systemClock,
    limits: options.limits,
    publicUrl: options.publicUrl,
  });
}
