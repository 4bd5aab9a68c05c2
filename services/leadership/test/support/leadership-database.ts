import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import {
  Role,
  SimulatedClock,
  WorkingCalendar,
  dropDatabase,
  openDatabase,
  type AuthUser,
  type DatabaseTarget,
  type DomainEvent,
  type EventSource,
} from "@prp/kit";
import { isolatedDatabaseUrl } from "@prp/kit/testing";
import { seal, type EventContract } from "@prp/contracts";
import { entities } from "../../src/entities";
import { migrations } from "../../src/migrations";
import type { CasesPort, CaseDeadlines, DirectoryPerson, DirectoryPort } from "../../src/app/ports";
import type { LeadershipDeps } from "../../src/app/leadership-deps";

/** A fresh leadership database (SQLite file or MySQL database of its own) for one test file. */
export async function openLeadershipDatabase(
  name: string,
  url = isolatedDatabaseUrl(),
): Promise<{ db: DataSource; close(): Promise<void> }> {
  const { dataSource, target } = await openDatabase({ subgraph: name, entities, migrations, databaseUrl: url });
  return {
    db: dataSource,
    async close() {
      await dataSource.destroy();
      if ((target as DatabaseTarget).dialect === "mysql") await dropDatabase(target);
    },
  };
}

/** The directory as the tests need it: the published calendar and the people given. */
export function fakeDirectory(people: DirectoryPerson[] = []): DirectoryPort {
  const calendar = new WorkingCalendar();
  return {
    calendar: async () => calendar,
    person: async (id) => {
      const p = people.find((x) => x.id === id);
      if (!p) throw new Error(`unknown person ${id}`);
      return p;
    },
  };
}

/** Case handling as the tests need it: the deadlines given per case, and the overdue cases per day. */
export function fakeCases(
  deadlines: CaseDeadlines[] = [],
  overdue: (caseId: string, day: string) => boolean = () => false,
): CasesPort {
  return {
    deadlines: async (ids) => deadlines.filter((d) => ids.includes(d.caseId)),
    overdueOn: async (ids, day) => new Set(ids.filter((id) => overdue(id, day))),
  };
}

export const person = (id: string, roles: Role[], over: Partial<AuthUser> = {}): AuthUser => ({
  id,
  username: id,
  displayName: `姓名${id}`,
  roles,
  departmentId: null,
  townIds: [],
  ...over,
});

export function depsFor(
  db: DataSource,
  actor: AuthUser | null,
  clock: SimulatedClock,
  over: Partial<LeadershipDeps> = {},
): LeadershipDeps {
  return {
    db,
    actor,
    clock,
    directory: fakeDirectory(),
    cases: fakeCases(),
    settings: { commissionHead: "user:head" },
    ...over,
  };
}

/** A stand-in producer: events appended by the test, read in order. */
export class StandInSource implements EventSource {
  private readonly events: DomainEvent[] = [];
  constructor(readonly name: string) {}
  add<T extends object>(contract: EventContract<T>, payload: T): void {
    this.events.push({
      eventId: randomUUID(),
      position: this.events.length + 1,
      type: contract.name,
      payload: seal(contract, payload),
      createdAt: new Date(),
    });
  }
  async fetch(after: number, limit: number): Promise<DomainEvent[]> {
    return this.events.filter((e) => e.position > after).slice(0, limit);
  }
}
