/**
 * Typed documents for the example operations in test/codegen/operations (`npm run codegen`), generated
 * offline from schema.graphql with @graphql-codegen/client-preset, plus the possible-types map.
 * The output is committed; test/codegen/codegen-drift.test.ts fails when it is stale.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";
import * as possibleTypesPlugin from "./test/codegen/possible-types-plugin";

const GENERATED = "test/codegen/generated/";

const config: CodegenConfig = {
  schema: "./schema.graphql",
  documents: ["test/codegen/operations/*.graphql"],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  silent: true,
  // The local possible-types plugin by name; every other name loads as usual.
  pluginLoader: async (name: string) => (name === "possible-types" ? possibleTypesPlugin : import(name)),
  generates: {
    [GENERATED]: {
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
    },
    [`${GENERATED}possible-types.ts`]: { plugins: ["possible-types"] },
  },
};

export default config;
