/**
 * Typed documents (`npm run codegen`), generated offline from schema.graphql with
 * @graphql-codegen/client-preset: the example operations of test/codegen/operations with the
 * possible-types map into test/codegen/generated/, and the `graphql()` documents written in the API
 * tests (test/api/**\/*.ts) into test/api/gql/. The output is committed;
 * test/codegen/codegen-drift.test.ts fails when any of it is stale.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";
import * as possibleTypesPlugin from "./test/codegen/possible-types-plugin";

const GENERATED = "test/codegen/generated/";
/** Where the API tests' `graphql()` function and its typed documents are written. */
export const API_GENERATED = "test/api/gql/";

const client = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: "string", ID: "string" },
    // The types claim __typename only where an operation selects it: a plain fetch client (like
    // these tests) does not add it everywhere as Apollo Client does.
    skipTypename: true,
  },
} as const;

const config: CodegenConfig = {
  schema: "./schema.graphql",
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  silent: true,
  // The local possible-types plugin by name; every other name loads as usual.
  pluginLoader: async (name: string) => (name === "possible-types" ? possibleTypesPlugin : import(name)),
  generates: {
    [GENERATED]: { ...client, documents: ["test/codegen/operations/*.graphql"] },
    [`${GENERATED}possible-types.ts`]: { plugins: ["possible-types"] },
    [API_GENERATED]: { ...client, documents: ["test/api/**/*.ts", `!${API_GENERATED}**`] },
  },
};

export default config;
