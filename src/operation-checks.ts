/**
 * Checks an operation as a whole after validation and before any of it runs, so that a refusal never
 * comes after a write and nothing is computed for a request that will be refused:
 *
 * 1. which operation (OPERATION_RESOLUTION_FAILURE, as Yoga answers it, when the name matches none, or
 *    there are several and no name);
 * 2. the variables (BAD_USER_INPUT for a value of the wrong shape);
 * 3. authority for every root field, by the fields' own `authScopes` and the scope-auth plugin's rules
 *    (UNAUTHENTICATED / FORBIDDEN): a mutation of two fields is refused whole, not after its first write;
 * 4. every argument check that needs no data (the `validate` of each argument, e.g. `first` in range)
 *    on every field selected, at any depth (BAD_USER_INPUT);
 * 5. depth and cost (QUERY_TOO_DEEP, QUERY_TOO_COSTLY), by the complexity plugin's own calculation.
 *
 * Each refusal answers HTTP 400 (401/403 for authority) with no `data`.
 */
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  validate,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { getMappedArgumentValues } from "@pothos/core";
import { createComplexityRule } from "@pothos/plugin-complexity";
import { RequestCache } from "@pothos/plugin-scope-auth";
import { refusal } from "./auth";
import { builder } from "./builder";
import type { Context } from "./context";
import { ServiceError, ValidationError } from "./errors";
import { costLimitError } from "./limits";

function requestError(
  message: string,
  code: string,
  extra: { nodes?: readonly FieldNode[]; extensions?: Record<string, unknown> } = {},
): GraphQLError {
  return new GraphQLError(message, { nodes: extra.nodes, extensions: { code, ...extra.extensions, http: { status: 400 } } });
}

/** The operation to run, or why there is none (graphql-js's own messages). */
function operationOf(args: ExecutionArgs) {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation) return operation;
  const message = args.operationName
    ? `Unknown operation named "${args.operationName}".`
    : "Must provide operation name if query contains multiple operations.";
  return requestError(message, "OPERATION_RESOLUTION_FAILURE");
}

function included(node: { directives?: readonly unknown[] }, variables: Record<string, unknown>): boolean {
  const at = node as FieldNode;
  if (getDirectiveValues(GraphQLSkipDirective, at, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, at, variables)?.if !== false;
}

interface SelectedField {
  node: FieldNode;
  parentType: GraphQLObjectType | GraphQLNamedType;
  field: GraphQLField<unknown, unknown>;
}

/**
 * Every field the operation selects, at any depth, through fragments (each fragment once per type it
 * is spread on) and without those @skip/@include leave out. Recursion follows the document, whose
 * nesting the request limits bound before parsing.
 */
function selectedFields(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema: ExecutionArgs["schema"],
  seen = new Set<string>(),
  out: SelectedField[] = [],
): SelectedField[] {
  for (const selection of selectionSet.selections) {
    if (!included(selection, variables)) continue;
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue; // __typename and introspection
      out.push({ node: selection, parentType: type, field });
      if (selection.selectionSet) selectedFields(selection.selectionSet, getNamedType(field.type), fragments, variables, schema, seen, out);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (!condition) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value} on ${type.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      selectedFields(fragment.selectionSet, condition, fragments, variables, schema, seen, out);
    }
  }
  return out;
}

type ScopeOption = Parameters<RequestCache<never>["evaluateScopeMap"]>[0] | ((...args: unknown[]) => unknown);

function scopesOf(holder: { extensions?: unknown }): ScopeOption | undefined {
  return (holder.extensions as { pothosOptions?: { authScopes?: ScopeOption } } | undefined)?.pothosOptions?.authScopes;
}

/** Whether the context may run a root field: its type's and its own authScopes, evaluated as scope-auth does. */
async function authorityProblem(
  rootType: GraphQLObjectType,
  selected: SelectedField,
  variables: Record<string, unknown>,
  context: Context,
): Promise<GraphQLError | null> {
  const cache = RequestCache.fromContext(context as never, builder as never);
  const typeScopes = scopesOf(rootType);
  const fieldScopes = scopesOf(selected.field);
  for (const scopes of [typeScopes, fieldScopes]) {
    if (scopes === undefined) continue;
    const map =
      typeof scopes === "function"
        ? await (scopes === typeScopes
            ? scopes(null, context)
            : scopes(null, getArgumentValues(selected.field, selected.node, variables), context))
        : scopes;
    const failure = await cache.evaluateScopeMap(map as never);
    if (failure) return refusal(context.principal);
  }
  return null;
}

/** What the arguments' own checks (their `validate`) say, run as the resolver would run them. */
async function argumentProblem(selected: SelectedField, info: Partial<GraphQLResolveInfo>, context: Context): Promise<GraphQLError | null> {
  const mappers = (selected.field.extensions as { pothosArgMappers?: unknown[] }).pothosArgMappers;
  if (!mappers?.length) return null;
  try {
    await getMappedArgumentValues(selected.field, selected.node, context, info as GraphQLResolveInfo);
    return null;
  } catch (error) {
    // graphql-js's own argument coercion (validation leaves little for it to find)
    if (error instanceof Error && error.name === "GraphQLError")
      return requestError(error.message, "BAD_USER_INPUT", { nodes: [selected.node] });
    if (!(error instanceof ServiceError)) throw error;
    return requestError(error.message, error.code, {
      nodes: [selected.node],
      extensions: { status: error.status, ...(error instanceof ValidationError ? { fieldErrors: error.fieldErrors } : {}) },
    });
  }
}

function costProblems(args: ExecutionArgs, context: Context): readonly GraphQLError[] {
  const { maxDepth, maxQueryCost } = context.limits;
  const rule = createComplexityRule({
    context,
    variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: args.operationName,
    validate: (result, report) => {
      if (result.depth > maxDepth) report(costLimitError("Depth", { ...result, maxDepth }));
      else if (result.complexity > maxQueryCost) report(costLimitError("Complexity", { ...result, maxComplexity: maxQueryCost }));
    },
  });
  return validate(args.schema, args.document, [rule]);
}

export async function operationProblems(args: ExecutionArgs): Promise<readonly GraphQLError[]> {
  const operation = operationOf(args);
  if (operation instanceof GraphQLError) return [operation];
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
    { maxErrors: 20 },
  );
  if (coerced.errors) {
    return coerced.errors.map((error) =>
      requestError(error.message, (error.extensions.code as string | undefined) ?? "BAD_USER_INPUT", {
        nodes: error.nodes as FieldNode[] | undefined,
      }),
    );
  }
  const variables = coerced.coerced;
  const context = args.contextValue as Context;
  const rootType = args.schema.getRootType(operation.operation);
  if (!rootType) return [requestError(`The schema has no ${operation.operation} type`, "BAD_REQUEST")];
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of args.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;

  const fields = selectedFields(operation.selectionSet, rootType, fragments, variables, args.schema);
  for (const selected of fields) {
    if (selected.parentType !== rootType) continue;
    const problem = await authorityProblem(rootType, selected, variables, context);
    if (problem) return [problem];
  }
  const info: Partial<GraphQLResolveInfo> = { schema: args.schema, fragments, operation, variableValues: variables };
  const problems: GraphQLError[] = [];
  for (const selected of fields) {
    const problem = await argumentProblem(selected, info, context);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return problems;
  return costProblems(args, context);
}

/** The Yoga plugin: runs operationProblems before execution and answers them instead of executing. */
export function operationChecksPlugin(): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const problems = await operationProblems(args);
      if (problems.length > 0) setResultAndStopExecution({ errors: problems });
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const problems = await operationProblems(args);
      if (problems.length > 0) setResultAndStopExecution({ errors: problems });
    },
  };
}
