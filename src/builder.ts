/** The Pothos schema builder: plugins and their options only; types live in src/schema/. */
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import type PrismaTypes from "./generated/pothos-types";
import { getDatamodel } from "./generated/pothos-types";
import { forbidden, unauthenticated } from "./auth";
import { costLimitError } from "./limits";
import type { Context } from "./context";
import { prisma } from "./db";
import { ValidationError } from "./errors";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean; anyAuthority: readonly string[] };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      authenticated: context.principal != null,
      anyAuthority: (names) => names.some((name) => context.principal?.authorities.includes(name) ?? false),
    }),
    unauthorizedError: (_parent, context) =>
      context.principal == null ? unauthenticated("Authentication required: send 'Authorization: Bearer <token>'") : forbidden(),
  },
  errors: { defaultTypes: [] },
  // Cost counts occurrences: only fields that compute them cost anything (their `first`), and lists
  // multiply by their page size where they declare it (schedules: first).
  complexity: {
    defaultComplexity: 0,
    defaultListMultiplier: 1,
    limit: (context) => ({ complexity: context.limits.maxQueryCost, depth: context.limits.maxDepth }),
    complexityError: costLimitError,
  },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)),
          message: issue.message,
        })),
      ),
  },
  prisma: {
    client: prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { description: "Any object with a global id (Relay)." },
    nodesQueryOptions: false,
  },
});
