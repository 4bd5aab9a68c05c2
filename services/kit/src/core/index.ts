/**
 * The kit's pure core: what domain rules may import. No database, server or GraphQL library
 * is reachable from here (a lint rule keeps it so).
 */
export * from "./errors";
export * from "./roles";
export * from "./ids";
export * from "./dates";
export * from "./calendar";
export * from "./clock";
export * from "./periods";
