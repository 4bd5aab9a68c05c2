/**
 * @prp/contracts: the events subgraphs exchange. Each contract has a name, a version, a
 * payload type and a runtime check; producers seal payloads with it, consumers open them.
 */
export * from "./contract";
export * from "./checks";
export * from "./intake";
export * from "./cases";
export * from "./cases-extras";
export * from "./leadership";
