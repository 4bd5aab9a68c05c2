/**
 * What a resource can do against the graph: one query builder per data provider method,
 * named after the graph's own fields (no allX renaming), plus the resource's own actions
 * (sign, triage steps, decide…). Plain data and functions: no React, no Vite, so the
 * browser tests can check every document against schema/api.graphql under Node.
 */
export interface GraphOperation<P = any, R = any> {
  /** What the operation does, in Chinese, for messages ("您无权登记信访举报件"). */
  what: string;
  /** The GraphQL document. */
  document: string;
  variables(params: P): Record<string, unknown>;
  /** From the response's data to what react-admin (or the caller) expects. */
  parse(data: any, params: P): R;
}

/** The react-admin methods a resource may map; any it leaves out are not offered. */
export const RA_METHODS = ["getList", "getOne", "getMany", "getManyReference", "create", "update", "delete"] as const;
export type RaMethod = (typeof RA_METHODS)[number];

export type ResourceOperations = { [M in RaMethod]?: GraphOperation } & {
  /** The resource's own operations, called with dataProvider.run(resource, action, params). */
  actions?: Record<string, GraphOperation>;
};

export type OperationTable = Record<string, ResourceOperations>;

/** react-admin's list parameters, as far as the builders use them. */
export interface ListParams {
  pagination?: { page: number; perPage: number };
  filter?: Record<string, any>;
}

/** limit/offset for the graph from react-admin's page/perPage. */
export function pageArgs(params: ListParams): { limit: number; offset: number } {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  // the graph caps a page at 100 (MAX_PAGE_SIZE in the kit): ask for no more
  return { limit: Math.min(Math.max(perPage, 1), 100), offset: (page - 1) * perPage };
}

/** A list the graph returns whole: react-admin still pages it. */
export function pageLocally<T>(items: T[], params: ListParams): { data: T[]; total: number } {
  const { limit, offset } = pageArgs(params);
  return { data: items.slice(offset, offset + limit), total: items.length };
}

/** Only the filters the graph field accepts, without empty values. */
export function pickFilters(filter: Record<string, any> | undefined, allowed: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of allowed) {
    const v = filter?.[key];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out;
}

/** Only the given keys of a form's data; empty strings become null (the graph's "clear"). */
export function pickInput(data: Record<string, any>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in data)) continue;
    const v = data[key];
    out[key] = v === "" ? null : v;
  }
  return out;
}

/** Only what changed between the record and the form, for the graph's partial update inputs. */
export function changedInput(data: Record<string, any>, previous: Record<string, any> | undefined, keys: readonly string[]): Record<string, unknown> {
  const all = pickInput(data, keys);
  if (!previous) return all;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) if (JSON.stringify(v) !== JSON.stringify(previous[k] ?? null)) out[k] = v;
  return out;
}
