import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from "typeorm";
import { datetimePrecision, idColumn, largeTextType } from "@prp/kit";

const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: "text", isNullable: nullable });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: "integer", isNullable: nullable });
const bool = (name: string, def?: boolean, nullable = false): TableColumnOptions => ({
  name,
  type: "boolean",
  isNullable: nullable,
  ...(def === undefined ? {} : { default: def ? 1 : 0 }),
});

const TABLES = [
  "research_project",
  "drill_score",
  "drill_round",
  "drill_competition",
  "attempt_item",
  "quiz_attempt",
  "quiz",
  "question",
  "attendance",
  "training_session",
  "course",
];

/** Training's tables, with TypeORM's Table API so they run on MySQL and SQLite alike. */
export class CreateTraining1764300500000 implements MigrationInterface {
  name = "CreateTraining1764300500000";

  async up(q: QueryRunner): Promise<void> {
    const driver = q.connection.driver.options.type;
    const precision = datetimePrecision(driver);
    const dt = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: "datetime",
      precision,
      isNullable: nullable,
    });
    const largeText = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: largeTextType(driver),
      isNullable: nullable,
    });
    const index = (name: string, columnNames: string[], isUnique = false) =>
      new TableIndex({ name, columnNames, isUnique });

    await q.createTable(
      new Table({
        name: "course",
        columns: [
          idColumn("id", { primary: true }),
          varchar("title", 200),
          varchar("regulation", 200),
          text("description", true),
          text("materials"),
          int("minutes"),
          dt("createdAt"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "training_session",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("courseId"),
          varchar("date", 10),
          varchar("mode", 16),
          idColumn("trainerId"),
          text("audienceDepartmentIds"),
          varchar("location", 200, true),
          int("minutes"),
          dt("createdAt"),
        ],
        indices: [index("IDX_training_session_date", ["date"]), index("IDX_training_session_course", ["courseId"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "attendance",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("sessionId"),
          idColumn("userId"),
          dt("recordedAt"),
          idColumn("recordedById", { nullable: true }),
        ],
        indices: [
          index("UQ_attendance_session_user", ["sessionId", "userId"], true),
          index("IDX_attendance_user", ["userId"]),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "question",
        columns: [
          idColumn("id", { primary: true }),
          varchar("kind", 20),
          text("stem"),
          varchar("stemHash", 64),
          text("options"),
          varchar("answer", 20),
          text("explanation"),
          varchar("regulation", 100),
          varchar("article", 50, true),
          text("tags"),
          bool("active", true),
          dt("createdAt"),
        ],
        indices: [index("UQ_question_stem", ["stemHash"], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: "quiz",
        columns: [
          idColumn("id", { primary: true }),
          varchar("title", 200),
          varchar("selection", 20),
          text("questionIds"),
          text("tags"),
          int("questionCount"),
          int("timeLimitSeconds"),
          int("passMark"),
          varchar("latePolicy", 20),
          bool("open", true),
          dt("createdAt"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "quiz_attempt",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("quizId"),
          idColumn("userId"),
          idColumn("departmentId", { nullable: true }),
          varchar("status", 16),
          dt("startedAt"),
          dt("deadlineAt"),
          dt("submittedAt", true),
          bool("late", false),
          int("correctCount", true),
          int("questionCount"),
          int("scoreTenths", true),
          bool("passed", undefined, true),
        ],
        indices: [
          index("UQ_quiz_attempt_user", ["quizId", "userId"], true),
          index("IDX_quiz_attempt_user", ["userId"]),
          index("IDX_quiz_attempt_submitted", ["submittedAt"]),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "attempt_item",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("attemptId"),
          int("position"),
          idColumn("questionId"),
          varchar("given", 20, true),
          bool("correct", undefined, true),
        ],
        indices: [
          index("UQ_attempt_item_position", ["attemptId", "position"], true),
          index("IDX_attempt_item_question", ["questionId"]),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "drill_competition",
        columns: [
          idColumn("id", { primary: true }),
          varchar("title", 200),
          varchar("date", 10),
          text("weights"),
          text("judgeIds"),
          text("participantIds"),
          dt("createdAt"),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "drill_round",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("competitionId"),
          int("number"),
          varchar("title", 200),
          varchar("scenarioKind", 16),
          largeText("script"),
          varchar("status", 16),
          dt("closedAt", true),
        ],
        indices: [index("UQ_drill_round_number", ["competitionId", "number"], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: "drill_score",
        columns: [
          idColumn("id", { primary: true }),
          idColumn("roundId"),
          idColumn("competitionId"),
          idColumn("judgeId"),
          idColumn("participantId"),
          int("warmReception"),
          int("patientListening"),
          int("carefulRecording"),
          int("properHandling"),
          varchar("comment", 500, true),
          dt("scoredAt"),
        ],
        indices: [
          index("UQ_drill_score", ["roundId", "judgeId", "participantId"], true),
          index("IDX_drill_score_participant", ["participantId"]),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "research_project",
        columns: [
          idColumn("id", { primary: true }),
          varchar("title", 200),
          varchar("topic", 500),
          idColumn("leadId"),
          text("memberIds"),
          varchar("status", 16),
          largeText("findings", true),
          text("improvements"),
          dt("createdAt"),
          dt("updatedAt"),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.dropTable(t);
  }
}
