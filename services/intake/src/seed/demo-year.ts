import type { EntityManager } from "typeorm";
import { Role, type AuthUser, type SimulatedClock, type WorkingCalendar } from "@prp/kit";
import type { Report } from "../entities/Report";
import type { Disposition } from "../domain/enums";
import type { IntakeDeps } from "../app/intake-deps";
import type { DirectoryPort, SimilarityPort } from "../app/ports";
import type { Rng } from "./generate-reports";
import type { Draft, Identity } from "./demo-plan";
import type { DirectoryPerson, DirectorySnapshot } from "./directory-snapshot";

/** Where a report is heading before 查 has spoken (for a drafted routing opinion). */
export interface RoutingPlan {
  disposition: Disposition;
  handlingDepartmentId: string | null;
  handlingName: string | null;
  opinion: string;
}

/** One planned report as it goes through the demo year. */
export interface DemoReport {
  draft: Draft;
  officer: AuthUser;
  leader: AuthUser;
  identity: Identity;
  /** The report as the last use case returned it (null until registered). */
  report: Report | null;
  plan: RoutingPlan | null;
  /** The escalation of an urgent item, once drafted. */
  escalationId: string | null;
  /** The time of its last step so far. */
  lastAt: Date | null;
}

/** A moment of the year and what happens then. */
interface Happening {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

/**
 * What happens when, in order of time: the demo year is replayed by taking the earliest
 * happening, setting the clock to it and running it (it may plan later ones). What would
 * happen after `end` (the moment of seeding) has not happened yet and is dropped.
 */
export class Agenda {
  private readonly queue: Happening[] = [];
  private seq = 0;
  private current = -Infinity;

  at(when: Date, run: () => Promise<void>): void {
    // the replay never goes back in time: a step planned before the one that planned it is a bug
    if (when.getTime() < this.current)
      throw new Error(`demo agenda: ${when.toISOString()} is before ${new Date(this.current).toISOString()}`);
    const h = { at: when.getTime(), seq: this.seq++, run };
    let lo = 0;
    let hi = this.queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const q = this.queue[mid];
      if (q.at < h.at || (q.at === h.at && q.seq < h.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.queue.splice(lo, 0, h);
  }

  async run(clock: SimulatedClock, end: Date): Promise<void> {
    for (let h = this.queue.shift(); h; h = this.queue.shift()) {
      if (h.at >= end.getTime()) continue;
      this.current = h.at;
      clock.set(new Date(h.at));
      await h.run();
    }
  }
}

/** Everything the stages of the demo year share. */
export interface DemoYear {
  r: Rng;
  dir: DirectorySnapshot;
  cal: WorkingCalendar;
  /** The moment of seeding: the end of the replayed year. */
  now: Date;
  clock: SimulatedClock;
  em: EntityManager;
  directory: DirectoryPort;
  similarity: SimilarityPort;
  agenda: Agenda;
  reports: DemoReport[];
  /** The first report of each templated cluster or repeat series. */
  firstOfGroup: Map<string, DemoReport>;
  byId: Map<string, DemoReport>;
}

/** The use cases' collaborators for one actor of the demo year: the seed's transaction, its clock and directory. */
export function depsOf(year: DemoYear, actor: AuthUser | null): IntakeDeps {
  return { db: year.em, actor, clock: year.clock, directory: year.directory, similarity: year.similarity };
}

/** A person of the directory snapshot as a signed-in user with one role. */
export function actorOf(person: DirectoryPerson, role: Role): AuthUser {
  return {
    id: person.id,
    username: person.displayName,
    displayName: person.displayName,
    roles: [role],
    departmentId: null,
    townIds: [],
  };
}

/** Records that a step of this report happened now (the seed's clock). */
export function touched(year: DemoYear, p: DemoReport, report?: Report): void {
  if (report) p.report = report;
  p.lastAt = year.clock.now();
}
