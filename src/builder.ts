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
import { refusal } from "./auth";
import type { Context } from "./context";
import { prisma } from "./db";
import { ValidationError } from "./errors";
import { NODE_TYPENAMES, decodeAnyGlobalId } from "./schema/ids";
import { isRecordNotFound } from "./store/prisma-errors";

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
    unauthorizedError: (_parent, context) => refusal(context.principal),
  },
  errors: { defaultTypes: [] },
  // Cost counts occurrences: only fields that compute them cost anything (their `first`), and lists
  // multiply by their page size where they declare it (schedules: first). The limits are checked before
  // execution, with every other check of the operation (operation-checks.ts), not in the resolvers.
  complexity: {
    defaultComplexity: 0,
    defaultListMultiplier: 1,
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
    // Any string reaches node(id:): a malformed id, or one of a type or row that does not exist, is null.
    decodeGlobalID: (globalID) => decodeAnyGlobalId(globalID) ?? { typename: "", id: globalID },
    nodeQueryOptions: {
      description: "Any object with a global id (Relay); null when there is none.",
      args: { id: { description: "The object's global id." } },
      resolve: async (_root, { id }, _context, _info, resolveNode) => {
        if (!NODE_TYPENAMES.includes(id.typename)) return null;
        try {
          return await resolveNode(id);
        } catch (error) {
          if (isRecordNotFound(error)) return null;
          throw error;
        }
      },
    },
    nodesQueryOptions: false,
    nodeTypeOptions: { description: "Anything with a global id: fetch it again with the node query." },
    idFieldOptions: { description: "Global id (Relay): opaque, stable, unique across every type." },
    pageInfoTypeOptions: { description: "Where a page of a connection lies in the whole list (Relay)." },
    hasNextPageFieldOptions: { description: "Whether more items follow: pass endCursor as `after` to get them." },
    hasPreviousPageFieldOptions: { description: "Whether items precede this page." },
    startCursorFieldOptions: { description: "The cursor of the page's first item; null on an empty page." },
    endCursorFieldOptions: { description: "The cursor of the page's last item; null on an empty page." },
    pageInfoFieldOptions: { description: "Where this page lies, and the cursor to ask for the next one." },
    cursorFieldOptions: { description: "Pass it as `after` to get the items after this one." },
    firstArgOptions: { description: "How many items per page." },
    afterArgOptions: { description: "The endCursor of the previous page; absent for the first page." },
    lastArgOptions: { description: "Not supported: pages go forward only (a ValidationError)." },
    beforeArgOptions: { description: "Not supported: pages go forward only (a ValidationError)." },
  },
});
