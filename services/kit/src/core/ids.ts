import { randomUUID } from "node:crypto";

/** Entity ids are UUIDs made by the application, so both databases store them the same way. */
export const newId = (): string => randomUUID();
