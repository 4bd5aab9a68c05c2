import {
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Table,
  TableIndex,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from "typeorm";
import { Field, ID, ObjectType, Directive } from "type-graphql";
import type { AuthUser } from "./auth";
import { dateColumn, datetimePrecision } from "./columns";

/** One row per state change, written in the same transaction as the change. Append-only. */
@Directive("@shareable")
@ObjectType("AuditEntry", { description: "审计记录：谁、何时、对什么做了什么（变更前 → 变更后）" })
@Entity("audit_log")
@Index("IDX_audit_log_entity", ["entity", "entityId"])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("increment", { type: "integer" })
  id!: number;

  @Field(() => String, { nullable: true, description: "操作人 ID（系统自动操作为空）" })
  @Column({ type: "varchar", length: 36, nullable: true })
  actorId!: string | null;

  @Field(() => String, { description: "操作人" })
  @Column({ type: "varchar", length: 100 })
  actorName!: string;

  @Field(() => String, { description: "动作，如 department.create" })
  @Column({ type: "varchar", length: 100 })
  action!: string;

  @Field(() => String, { description: "对象类型" })
  @Column({ type: "varchar", length: 100 })
  entity!: string;

  @Field(() => String, { description: "对象 ID" })
  @Column({ type: "varchar", length: 100 })
  entityId!: string;

  @Field(() => String, { description: "变更摘要：变更前 → 变更后" })
  @Column({ type: "text" })
  summary!: string;

  @Field(() => Date, { description: "发生时间（UTC）" })
  @dateColumn()
  at!: Date;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Free text instead of (or in addition to) the computed before → after. */
  note?: string;
  /** When it happened, from the use case's clock (default: now). */
  at?: Date;
}

function show(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (v === null || v === undefined) return "∅";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** "field: old → new; …" for the fields that changed (all fields of a create or delete). */
export function summarizeChange(
  before?: Record<string, unknown> | null,
  after?: Record<string, unknown> | null,
): string {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const parts: string[] = [];
  for (const k of keys) {
    const b = before?.[k];
    const a = after?.[k];
    if (show(a) === show(b)) continue;
    if (!before) parts.push(`${k}: ${show(a)}`);
    else if (!after) parts.push(`${k}: ${show(b)} → ∅`);
    else parts.push(`${k}: ${show(b)} → ${show(a)}`);
  }
  return parts.join("; ");
}

/** Writes the audit row with the given manager, which must be the change's own transaction. */
export async function writeAudit(
  em: EntityManager,
  actor: AuthUser | undefined | null,
  input: AuditInput,
): Promise<void> {
  const summary = [input.note, summarizeChange(input.before, input.after)].filter(Boolean).join(" | ");
  // nothing is read back from an append-only row: no entity update after the insert
  await em
    .createQueryBuilder()
    .insert()
    .into(AuditEntry)
    .updateEntity(false)
    .values({
      actorId: actor?.id ?? null,
      actorName: actor ? `${actor.displayName || actor.username}` : "系统",
      action: input.action,
      entity: input.entity,
      entityId: String(input.entityId),
      summary: summary.slice(0, 20000) || "(无字段变化)",
      at: input.at ?? new Date(),
    })
    .execute();
}

export class CreateAuditLog1764300000000 implements MigrationInterface {
  name = "CreateAuditLog1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "audit_log",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "actorId", type: "varchar", length: "36", isNullable: true },
          { name: "actorName", type: "varchar", length: "100" },
          { name: "action", type: "varchar", length: "100" },
          { name: "entity", type: "varchar", length: "100" },
          { name: "entityId", type: "varchar", length: "100" },
          { name: "summary", type: "text" },
          { name: "at", type: "datetime", precision: datetimePrecision(q.connection.driver.options.type) },
        ],
      }),
    );
    await q.createIndex(
      "audit_log",
      new TableIndex({ name: "IDX_audit_log_entity", columnNames: ["entity", "entityId"] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("audit_log");
  }
}
