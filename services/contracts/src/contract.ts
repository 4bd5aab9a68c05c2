/**
 * An event contract: the one definition of an event that a producer writes and a consumer
 * reads. The producer checks a payload before writing it; the consumer checks it again on
 * arrival and refuses, loudly, a payload it does not understand (wrong version or shape).
 */
// T is the payload type the contract stands for; it types publish() and on() through inference only
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface EventContract<T> {
  /** The event type as stored in the outbox, e.g. "ReportRouted". */
  readonly name: string;
  /** Raised when the payload changes in a way an existing consumer could misread. */
  readonly version: number;
  /** Every problem with a payload (empty when it is a valid T). */
  problems(payload: unknown): string[];
  /**
   * Earlier versions still readable: events stay in an outbox for good, so a consumer that knows
   * the new version must still read what was written before it. Each lifts its payload to T.
   */
  readonly earlier?: readonly EarlierVersion<T>[];
}

/** An earlier version of a contract: its own check, and how its payload reads as the current one. */
export interface EarlierVersion<T> {
  readonly version: number;
  problems(payload: unknown): string[];
  upgrade(payload: Record<string, unknown>): T;
}

/** The payload type a contract describes. */
export type PayloadOf<C> = C extends EventContract<infer T> ? T : never;

/**
 * Where the version travels: a reserved key beside the payload's own fields, so a reader
 * that only knows the fields still reads them. Events stored before versions were recorded
 * carry no key: they are version 1.
 */
export const VERSION_KEY = "$version";

/** A payload refused by its contract; the message names the event and every problem. */
export class ContractViolation extends Error {
  constructor(
    readonly eventName: string,
    readonly problems: string[],
  ) {
    super(`event ${eventName}: ${problems.join("; ")}`);
    this.name = "ContractViolation";
  }
}

/** The stored form of a valid payload: its fields plus the contract's version. Throws on an invalid one. */
export function seal<T extends object>(contract: EventContract<T>, payload: T): Record<string, unknown> {
  const problems = contract.problems(payload);
  if (problems.length) throw new ContractViolation(contract.name, problems);
  return { ...payload, [VERSION_KEY]: contract.version };
}

/** The version a stored payload was written with (1 when it predates versions). */
export function versionOf(stored: unknown): number | null {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return null;
  const v = (stored as Record<string, unknown>)[VERSION_KEY];
  if (v === undefined) return 1;
  return typeof v === "number" && Number.isInteger(v) && v > 0 ? v : null;
}

/**
 * The payload of a stored event, checked against the contract: its name, its version and its
 * fields. Throws ContractViolation when the consumer cannot be sure it reads it right.
 */
export function open<T>(contract: EventContract<T>, type: string, stored: unknown): T {
  if (type !== contract.name) throw new ContractViolation(contract.name, [`事件类型为 ${type}，不是 ${contract.name}`]);
  const version = versionOf(stored);
  if (version === null) throw new ContractViolation(contract.name, ["事件内容不是对象或版本号无效"]);
  const { [VERSION_KEY]: _version, ...payload } = stored as Record<string, unknown>;
  if (version !== contract.version) {
    const earlier = contract.earlier?.find((e) => e.version === version);
    if (!earlier)
      throw new ContractViolation(contract.name, [`版本 ${version} 不是本消费者理解的版本 ${contract.version}`]);
    const old = earlier.problems(payload);
    if (old.length)
      throw new ContractViolation(
        contract.name,
        old.map((p) => `（版本 ${version}）${p}`),
      );
    return earlier.upgrade(payload);
  }
  const problems = contract.problems(payload);
  if (problems.length) throw new ContractViolation(contract.name, problems);
  return payload as T;
}
