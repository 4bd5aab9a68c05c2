import { DataSource, type EntityManager } from "typeorm";
import { isUniqueViolation } from "@prp/kit";
import { SerialCounter } from "../entities/SerialCounter";
import { formatSerial } from "../domain/serial";
import { reader, type IntakeDeps } from "./intake-deps";

/**
 * Creates the year's counter row before the registration's transaction opens (a concurrent
 * creator simply wins), so the transaction only ever locks an existing row.
 */
export async function ensureSerialCounter(deps: Pick<IntakeDeps, "db">, year: number): Promise<void> {
  const em = reader(deps);
  // a counter row, once there, stays: a data source (or the demo seed's one transaction) asks once per year
  const known = knownYears.get(deps.db) ?? new Set<number>();
  knownYears.set(deps.db, known);
  if (known.has(year)) return;
  if (!(await em.existsBy(SerialCounter, { year }))) {
    try {
      await em.insert(SerialCounter, { year, lastSeq: 0 });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  known.add(year);
}

const knownYears = new WeakMap<DataSource | EntityManager, Set<number>>();

/** The next serial of the year, read under a row lock so that numbers are gap-free and unique. */
export async function nextSerial(em: EntityManager, year: number): Promise<string> {
  // SQLite transactions are already one at a time (see inTransaction); MySQL locks the row
  const lock = em.connection.options.type === "better-sqlite3" ? {} : { lock: { mode: "pessimistic_write" as const } };
  const counter = await em.findOne(SerialCounter, { where: { year }, ...lock });
  if (!counter) throw new Error(`serial counter for ${year} missing`);
  const seq = counter.lastSeq + 1;
  await em.update(SerialCounter, { year }, { lastSeq: seq });
  return formatSerial(year, seq);
}
