/** Where a use case gets "now": the real clock in the API, a simulated one in the demo seed and tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: the demo seed replays a year of work with it. */
export class SimulatedClock implements Clock {
  private current: number;
  constructor(start: Date) {
    this.current = start.getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = at.getTime();
  }
  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
