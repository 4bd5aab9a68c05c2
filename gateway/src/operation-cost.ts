import {
  GraphQLError,
  GraphQLInt,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from "@apollo/server";

export interface CostOptions {
  /** Queries above this cost are refused before any subgraph is asked. */
  maxCost: number;
  /** The subgraphs' page-size cap: the length assumed for a `limit` that is not known in advance. */
  maxPageSize: number;
  /**
   * The length assumed for a list nested in an item that takes no `limit` (a report's subjects,
   * a department's liaisons): such lists are short by nature.
   */
  nestedListSize: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown> | undefined;
  opts: CostOptions;
  /** Whether a variable decided a list length (then the cost cannot be cached per document). */
  usedVariables: boolean;
}

/**
 * What answering an operation costs, in fields returned: every field counts 1, and the
 * selection under a list counts once per item the list may return. How many that is:
 * - a field with a `limit` argument (the paginated lists): its value, from the query text or
 *   the variables, else the argument's default, else the page-size cap. A list field takes it
 *   itself; a page object (`{ total items }`) hands it to its item lists.
 * - another list at the root: the page-size cap (a list with no paging can be that long);
 * - another list inside an item: `nestedListSize`.
 * Fragments on different types of an abstract field are added, not maxed: an over-estimate.
 * Introspection costs nothing (GraphiQL's schema query must pass).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  opts: CostOptions,
): { cost: number; usedVariables: boolean } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, usedVariables: false };
  const walk: Walk = { schema, fragments, variables, opts, usedVariables: false };
  const cost = selectionCost(walk, root, operation.selectionSet, { pageSize: undefined, depth: 0 }, new Set());
  return { cost, usedVariables: walk.usedVariables };
}

interface Position {
  /** The `limit` of the page object this selection belongs to, for its item lists. */
  pageSize: number | undefined;
  /** 0 at the root. */
  depth: number;
}

function selectionCost(
  walk: Walk,
  parent: GraphQLCompositeType,
  set: SelectionSetNode,
  at: Position,
  inFragments: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, parent, selection, at, inFragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += selectionCost(walk, type, selection.selectionSet, at, inFragments);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      // a cycle is a validation error of its own; do not loop on it here
      if (!fragment || inFragments.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type)) continue;
      inFragments.add(name);
      total += selectionCost(walk, type, fragment.selectionSet, at, inFragments);
      inFragments.delete(name);
    }
  }
  return total;
}

function fieldCost(
  walk: Walk,
  parent: GraphQLCompositeType,
  node: FieldNode,
  at: Position,
  inFragments: Set<string>,
): number {
  const name = node.name.value;
  if (name.startsWith("__")) return 0; // __typename, __schema, __type
  if (!isObjectType(parent) && !isInterfaceType(parent)) return 0; // a union has only __typename
  const def = parent.getFields()[name];
  if (!def) return 0; // an unknown field is refused by validation
  const named = getNamedType(def.type);
  if (isLeafType(named) || !node.selectionSet || !isCompositeType(named)) return 1;

  const isList = isListType(getNullableType(def.type));
  const limitArg = def.args.find((a) => a.name === "limit");
  const limit = limitArg ? limitOf(walk, node, limitArg.defaultValue) : undefined;
  const length = isList
    ? (limit ?? at.pageSize ?? (at.depth === 0 ? walk.opts.maxPageSize : walk.opts.nestedListSize))
    : 1;
  // a page object with a limit hands it on to its item lists; anything else starts afresh
  const inner = selectionCost(
    walk,
    named,
    node.selectionSet,
    { pageSize: isList ? undefined : limit, depth: at.depth + 1 },
    inFragments,
  );
  return 1 + length * inner;
}

/** The `limit` a field was given: literal, variable, else the argument's default, else the cap. */
function limitOf(walk: Walk, node: FieldNode, defaultValue: unknown): number {
  const arg = node.arguments?.find((a) => a.name.value === "limit");
  if (!arg) return typeof defaultValue === "number" ? defaultValue : walk.opts.maxPageSize;
  if (arg.value.kind === Kind.VARIABLE) walk.usedVariables = true;
  const value = valueFromAST(arg.value, GraphQLInt, walk.variables);
  // a negative or missing value is refused by the subgraph's own validation; weigh it at the cap meanwhile
  return typeof value === "number" && value > 0 ? value : walk.opts.maxPageSize;
}

/** The refusal, in the words the error formatter translates ("cost limit of N"). */
export function costLimitError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, {
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
  });
}

/**
 * Refuses operations that cost more than `maxCost` once their operation is known (with the
 * variables, which a validation rule does not see: clients send `limit` as a variable).
 * Costs that do not depend on variables are remembered per parsed document, which Apollo
 * keeps in its document cache, so a repeated query is not walked again.
 */
export function operationCostPlugin<TContext extends BaseContext>(opts: CostOptions): ApolloServerPlugin<TContext> {
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return; // no such operation: Apollo refuses the request itself
      const key = operation.name?.value ?? "";
      let cost = known.get(document)?.get(key);
      if (cost === undefined) {
        const measured = operationCost(schema, document, operation, request.variables, opts);
        cost = measured.cost;
        if (!measured.usedVariables) {
          let perOperation = known.get(document);
          if (!perOperation) known.set(document, (perOperation = new Map()));
          perOperation.set(key, cost);
        }
      }
      if (cost > opts.maxCost) throw costLimitError(cost, opts.maxCost);
    },
  };
  return { requestDidStart: async () => listener };
}
