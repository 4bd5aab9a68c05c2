import { gql } from "@apollo/client";
import buildGraphQLProvider from "ra-data-graphql";
import type { DataProvider } from "react-admin";
import { graphClient } from "./graphClient";
import { apiIntrospection } from "./schema";
import { OPERATIONS } from "./operationTable";
import type { GraphOperation, RaMethod } from "./operation";
import { describeGraphError, networkError, PortalError, type GraphErrorLike } from "./errors";
import { announcePartialFailure } from "./partialFailures";

/** ra-data-graphql's method names → ours. */
const RA_FETCH_TYPES: Record<string, RaMethod> = {
  GET_LIST: "getList",
  GET_ONE: "getOne",
  GET_MANY: "getMany",
  GET_MANY_REFERENCE: "getManyReference",
  CREATE: "create",
  UPDATE: "update",
  DELETE: "delete",
};

function operationFor(resource: string, method: RaMethod | string, action = false): GraphOperation {
  const ops = OPERATIONS[resource];
  const op = action ? ops?.actions?.[method] : ops?.[method as RaMethod];
  if (!op) throw new PortalError(`门户未提供此功能（${resource}.${method}）`, "NOT_SUPPORTED", 400);
  return op;
}

/**
 * One response → the operation's result. Errors with no usable data fail the call with the
 * server's code in Chinese; errors beside data (one subgraph down) are announced and the
 * rest of the data is used.
 */
function parseResult(op: GraphOperation, params: unknown, response: { data?: any; errors?: readonly GraphErrorLike[] }) {
  const errors = response.errors ?? [];
  const data = response.data;
  const rootFields = data ? Object.keys(data) : [];
  const missingRoot = !data || rootFields.length === 0 || rootFields.some((k) => data[k] === null && errors.some((e) => e.path?.[0] === k));
  if (errors.length && missingRoot) throw describeGraphError(errors[0], op.what);
  if (errors.length) announcePartialFailure(errors);
  return op.parse(data, params);
}

/** Whatever came out of Apollo or ra-data-graphql → a PortalError with a Chinese message. */
function toPortalError(err: any, what: string): PortalError {
  if (err instanceof PortalError) return err;
  if (err?.body instanceof PortalError) return err.body;
  const gqlErrors = err?.graphQLErrors ?? err?.body?.graphQLErrors;
  if (gqlErrors?.length) return describeGraphError(gqlErrors[0], what);
  const net = err?.networkError ?? err?.body?.networkError;
  const status = net?.statusCode ?? err?.status;
  // a GraphQL error in a non-2xx answer (e.g. 400 for a malformed request)
  const netErrors = net?.result?.errors;
  if (netErrors?.length) return describeGraphError(netErrors[0], what);
  return networkError(what, typeof status === "number" ? status : undefined);
}

const baseProvider = buildGraphQLProvider({
  client: graphClient,
  // the checked-in schema instead of an introspection request
  introspection: { schema: apiIntrospection as any },
  buildQuery: (introspection: any) => (fetchType: string, resource: string, params: any) => {
    const method = RA_FETCH_TYPES[fetchType];
    const op = operationFor(resource, method);
    const known = new Set((introspection?.queries ?? []).map((q: { name: string }) => q.name));
    const doc = gql(op.document);
    const root = (doc.definitions[0] as any)?.selectionSet?.selections?.[0]?.name?.value;
    if (known.size && root && !known.has(root)) throw new PortalError(`接口中没有 ${root}，请更新门户`, "NOT_SUPPORTED", 400);
    return { query: doc, variables: op.variables(params), parseResponse: (response: any) => parseResult(op, params, response) };
  },
  query: { errorPolicy: "all", fetchPolicy: "no-cache" },
  mutation: { errorPolicy: "all", fetchPolicy: "no-cache" },
} as any);

export interface PortalDataProvider extends DataProvider {
  /** A resource's own action from the operation table (sign, distinguish, decide…). */
  run<T = any>(resource: string, action: string, params?: Record<string, unknown>): Promise<T>;
}

const wrap =
  (method: RaMethod) =>
  async (resource: string, params: any): Promise<any> => {
    const what = OPERATIONS[resource]?.[method]?.what ?? "读取数据";
    // getMany without a list-by-ids field in the graph: one getOne per id (forms need a few)
    if (method === "getMany" && !OPERATIONS[resource]?.getMany && OPERATIONS[resource]?.getOne) {
      const rows = await Promise.all(params.ids.map((id: string) => wrap("getOne")(resource, { id })));
      return { data: rows.map((r: any) => r.data).filter(Boolean) };
    }
    try {
      return await (baseProvider as any)[method](resource, params);
    } catch (err) {
      throw toPortalError(err, what);
    }
  };

export const dataProvider: PortalDataProvider = {
  getList: wrap("getList"),
  getOne: wrap("getOne"),
  getMany: wrap("getMany"),
  getManyReference: wrap("getManyReference"),
  create: wrap("create"),
  update: wrap("update"),
  delete: wrap("delete"),
  updateMany: () => Promise.reject(new PortalError("不支持批量修改", "NOT_SUPPORTED", 400)),
  deleteMany: () => Promise.reject(new PortalError("不支持批量删除", "NOT_SUPPORTED", 400)),
  async run(resource, action, params = {}) {
    const op = operationFor(resource, action, true);
    const doc = gql(op.document);
    const isMutation = (doc.definitions[0] as any)?.operation === "mutation";
    try {
      const response = isMutation
        ? await graphClient.mutate({ mutation: doc, variables: op.variables(params) })
        : await graphClient.query({ query: doc, variables: op.variables(params) });
      return parseResult(op, params, response as any);
    } catch (err) {
      throw toPortalError(err, op.what);
    }
  },
} as PortalDataProvider;
