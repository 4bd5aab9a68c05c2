import { randomUUID } from "node:crypto";
import {
  Column,
  Entity,
  Index,
  MoreThan,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Table,
  TableIndex,
  type DataSource,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from "typeorm";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { open, seal, type EventContract } from "@prp/contracts";
import { dateColumn, datetimePrecision } from "./columns";
import { inTransaction } from "./context";

/**
 * Transactional outbox: an event is a row written in the same transaction as the state
 * change it announces, so it exists exactly when the change does. `position` orders events.
 */
@Directive("@shareable")
@ObjectType("OutboxEvent", { description: "领域事件（供其他子图按顺序拉取）" })
@Entity("outbox_event")
@Index("UQ_outbox_event_event", ["eventId"], { unique: true })
export class OutboxEvent {
  @Field(() => Int, { description: "顺序号" })
  @PrimaryGeneratedColumn("increment", { type: "integer" })
  position!: number;

  @Field({ description: "事件 ID（全局唯一，用于去重）" })
  @Column({ type: "varchar", length: 36 })
  eventId!: string;

  @Field({ description: "事件类型，如 ReportRouted" })
  @Column({ type: "varchar", length: 100 })
  type!: string;

  @Field({ description: "事件内容（JSON）" })
  @Column({ type: "text" })
  payload!: string;

  @Field(() => Date)
  @dateColumn()
  createdAt!: Date;
}

/** What a consumer has applied: one row per event, so an event is applied at most once. */
@Entity("consumed_event")
export class ConsumedEvent {
  @PrimaryColumn({ type: "varchar", length: 36 })
  eventId!: string;

  @Column({ type: "varchar", length: 100 })
  source!: string;

  @Column({ type: "integer" })
  position!: number;

  @dateColumn()
  appliedAt!: Date;
}

/** How far a consumer has read each producer's outbox. */
@Entity("consumer_cursor")
export class ConsumerCursor {
  @PrimaryColumn({ type: "varchar", length: 100 })
  source!: string;

  @Column({ type: "integer" })
  position!: number;
}

export interface DomainEvent<T = unknown> {
  eventId: string;
  position: number;
  type: string;
  payload: T;
  createdAt: Date;
}

/** Writes an event inside the caller's transaction (`at`: the use case's clock, default now). */
export async function publishEvent(
  em: EntityManager,
  type: string,
  payload: unknown,
  at: Date = new Date(),
): Promise<string> {
  const eventId = randomUUID();
  await em.insert(OutboxEvent, { eventId, type, payload: JSON.stringify(payload), createdAt: at });
  return eventId;
}

/**
 * Writes an event under its contract (@prp/contracts): the payload is checked first (an invalid
 * one throws and the caller's transaction rolls back), and stored with the contract's version.
 */
export function publish<T extends object>(
  em: EntityManager,
  contract: EventContract<T>,
  payload: T,
  at: Date = new Date(),
): Promise<string> {
  return publishEvent(em, contract.name, seal(contract, payload), at);
}

/** The producer side of a pull: events after a position, oldest first. */
export async function readOutbox(db: DataSource, after: number, limit: number): Promise<DomainEvent[]> {
  const rows = await db
    .getRepository(OutboxEvent)
    .find({ where: { position: MoreThan(after) }, order: { position: "ASC" }, take: limit });
  return rows.map((r) => ({
    eventId: r.eventId,
    position: r.position,
    type: r.type,
    payload: JSON.parse(r.payload),
    createdAt: r.createdAt,
  }));
}

/**
 * Where a consumer gets events from. Today a pull over the graph (or straight from a
 * DataSource in tests); a NATS JetStream or Kafka relay would be another implementation.
 */
export interface EventSource {
  readonly name: string;
  fetch(after: number, limit: number): Promise<DomainEvent[]>;
}

export type EventHandler = (event: DomainEvent, em: EntityManager) => Promise<void>;

/** What a consumer does with one kind of event, given the checked payload. */
export interface Subscription {
  contract: EventContract<any>;
  handle: (payload: any, event: DomainEvent, em: EntityManager) => Promise<void>;
}

/** A consumer's subscription to one contract. */
export function on<T>(
  contract: EventContract<T>,
  handle: (payload: T, event: DomainEvent, em: EntityManager) => Promise<void>,
): Subscription {
  return { contract, handle };
}

/** An event a consumer will not apply because it cannot be sure it reads it right. */
export class RefusedEventError extends Error {
  constructor(
    readonly event: Pick<DomainEvent, "eventId" | "position" | "type">,
    reason: string,
  ) {
    super(`拒绝处理事件 ${event.type}（顺序号 ${event.position}，${event.eventId}）：${reason}`);
    this.name = "RefusedEventError";
  }
}

/**
 * The OutboxConsumer handler for a set of subscriptions. An event of a subscribed type is opened
 * with its contract (type, version, fields) before its handler sees it. A payload the contract
 * refuses throws RefusedEventError: the event's transaction rolls back, the cursor stays before
 * it, and every poll meets it again (and logs it) until a consumer that understands it is
 * deployed; nothing after it is applied, nothing is skipped. Types this consumer has not
 * subscribed to are not its business and pass through.
 */
export function contractHandler(subscriptions: readonly Subscription[]): EventHandler {
  const byName = new Map<string, Subscription>();
  for (const s of subscriptions) {
    if (byName.has(s.contract.name)) throw new Error(`two subscriptions to ${s.contract.name}`);
    byName.set(s.contract.name, s);
  }
  return async (event, em) => {
    const s = byName.get(event.type);
    if (!s) return;
    let payload: unknown;
    try {
      payload = open(s.contract, event.type, event.payload);
    } catch (err) {
      throw new RefusedEventError(event, (err as Error).message);
    }
    await s.handle(payload, event, em);
  };
}

/**
 * Applies a producer's events in order, each exactly once: the handler's writes, the
 * consumed-event row and the cursor commit in one transaction. A consumer that was down
 * resumes from its cursor; an event delivered twice is skipped by its id.
 */
export class OutboxConsumer {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly db: DataSource,
    private readonly source: EventSource,
    private readonly handle: EventHandler,
    private readonly opts: { batchSize?: number; intervalMs?: number; log?: (line: string) => void } = {},
  ) {}

  async cursor(): Promise<number> {
    return (await this.db.getRepository(ConsumerCursor).findOneBy({ source: this.source.name }))?.position ?? 0;
  }

  /** Reads and applies everything available now; returns how many events were applied. */
  pollOnce(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<number> {
    let applied = 0;
    for (;;) {
      const events = await this.source.fetch(await this.cursor(), this.opts.batchSize ?? 100);
      if (!events.length) return applied;
      for (const event of events) {
        await inTransaction(this.db, async (em) => {
          const seen = await em.findOneBy(ConsumedEvent, { eventId: event.eventId });
          if (!seen) {
            await this.handle(event, em);
            await em.insert(ConsumedEvent, {
              eventId: event.eventId,
              source: this.source.name,
              position: event.position,
              appliedAt: new Date(),
            });
            applied++;
          }
          await em.save(ConsumerCursor, { source: this.source.name, position: event.position });
        });
      }
    }
  }

  /** Polls on an interval until stop(); errors (producer down, a refused event) are logged and retried. */
  start(): void {
    const tick = () => {
      this.pollOnce()
        .catch((err) =>
          this.opts.log?.(
            err instanceof RefusedEventError
              ? `${this.source.name}: ${err.message}`
              : `event source ${this.source.name} unavailable: ${err?.message ?? err}`,
          ),
        )
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.opts.intervalMs ?? 2000);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const t = this.timer;
    this.timer = undefined;
    if (t) clearTimeout(t);
    await this.running?.catch(() => undefined);
  }
}

export class CreateOutbox1764300000001 implements MigrationInterface {
  name = "CreateOutbox1764300000001";
  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    await q.createTable(
      new Table({
        name: "outbox_event",
        columns: [
          { name: "position", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "eventId", type: "varchar", length: "36" },
          { name: "type", type: "varchar", length: "100" },
          { name: "payload", type: "text" },
          { name: "createdAt", type: "datetime", precision },
        ],
        indices: [new TableIndex({ name: "UQ_outbox_event_event", columnNames: ["eventId"], isUnique: true })],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("outbox_event");
  }
}

export class CreateConsumerTables1764300000002 implements MigrationInterface {
  name = "CreateConsumerTables1764300000002";
  async up(q: QueryRunner): Promise<void> {
    const precision = datetimePrecision(q.connection.driver.options.type);
    await q.createTable(
      new Table({
        name: "consumed_event",
        columns: [
          { name: "eventId", type: "varchar", length: "36", isPrimary: true },
          { name: "source", type: "varchar", length: "100" },
          { name: "position", type: "integer" },
          { name: "appliedAt", type: "datetime", precision },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "consumer_cursor",
        columns: [
          { name: "source", type: "varchar", length: "100", isPrimary: true },
          { name: "position", type: "integer" },
        ],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("consumer_cursor");
    await q.dropTable("consumed_event");
  }
}
