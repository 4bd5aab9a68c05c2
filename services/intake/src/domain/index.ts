/** The pure domain layer of the intake subgraph: no I/O, no database, no GraphQL. */
export * from "./enums";
export * from "./labels";
export * from "./channel-rules";
export * from "./triage";
export * from "./masking";
export * from "./deadlines";
export * from "./similarity";
export * from "./repeat";
export * from "./serial";
export * from "./public-limits";
export * from "./routing";
export * from "./statistics";
export * from "./substance";
