import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, type SubgraphContext } from "@prp/kit";
import { Attendance, Course, TrainingSession } from "../entities";
import { OVERSIGHT_ROLES, ORGANISER_ROLES } from "../app/deps";
import { coverageForYear, createCourse, recordAttendance, removeAttendance, scheduleSession } from "../app/courses";
import { CourseInput, SessionFilter, SessionInput } from "./course.inputs";
import { AttendanceView, CoursePage, CoverageView, SessionPage } from "./course.types";
import { UserRef, userRef } from "./refs";
import { DepartmentRef, departmentRef } from "@prp/kit";
import { depsOf, people } from "./deps";

@Resolver(() => Course)
export class CourseResolver {
  @Authorized()
  @Query(() => CoursePage, { nullable: true, description: "培训课程列表" })
  async courses(@Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs): Promise<CoursePage> {
    const [items, total] = await ctx.db
      .getRepository(Course)
      .findAndCount({ order: { createdAt: "DESC" }, skip: page.offset, take: page.limit });
    return { items, total, offset: page.offset, limit: page.limit };
  }

  @Authorized()
  @Query(() => Course, { nullable: true, description: "按 ID 查培训课程" })
  course(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Course | null> {
    return ctx.loaders.one(Course).load(id);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => Course, { description: "新建培训课程" })
  createCourse(@Ctx() ctx: SubgraphContext, @Arg("input", () => CourseInput) input: CourseInput): Promise<Course> {
    return createCourse(depsOf(ctx), input);
  }

  @FieldResolver(() => [TrainingSession], { description: "本课程的培训场次" })
  sessions(@Root() c: Course, @Ctx() ctx: SubgraphContext): Promise<TrainingSession[]> {
    return ctx.loaders
      .many(TrainingSession, "courseId")
      .load(c.id)
      .then((l) => [...l].sort((a, b) => a.date.localeCompare(b.date)));
  }
}

@Resolver(() => TrainingSession)
export class SessionResolver {
  @Authorized()
  @Query(() => SessionPage, { nullable: true, description: "培训场次列表（按日期倒序）" })
  async trainingSessions(
    @Ctx() ctx: SubgraphContext,
    @Args(() => SessionFilter) f: SessionFilter,
  ): Promise<SessionPage> {
    const qb = ctx.db.getRepository(TrainingSession).createQueryBuilder("s");
    if (f.courseId) qb.andWhere("s.courseId = :c", { c: f.courseId });
    if (f.mode) qb.andWhere("s.mode = :m", { m: f.mode });
    if (f.from) qb.andWhere("s.date >= :from", { from: f.from });
    if (f.to) qb.andWhere("s.date <= :to", { to: f.to });
    qb.orderBy("s.date", "DESC").addOrderBy("s.id", "ASC").skip(f.offset).take(f.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, offset: f.offset, limit: f.limit };
  }

  @Authorized()
  @Query(() => TrainingSession, { nullable: true, description: "按 ID 查培训场次" })
  trainingSession(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<TrainingSession | null> {
    return ctx.loaders.one(TrainingSession).load(id);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => TrainingSession, { description: "安排培训场次" })
  scheduleTrainingSession(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => SessionInput) input: SessionInput,
  ): Promise<TrainingSession> {
    return scheduleSession(depsOf(ctx), people, input);
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => TrainingSession, { description: "登记出勤（重复登记同一人不产生重复记录）" })
  async recordAttendance(
    @Ctx() ctx: SubgraphContext,
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("userIds", () => [ID]) userIds: string[],
  ): Promise<TrainingSession> {
    await recordAttendance(depsOf(ctx), people, sessionId, userIds.slice(0, 1000));
    return (await ctx.db.getRepository(TrainingSession).findOneBy({ id: sessionId }))!;
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => Boolean, { description: "撤销一条出勤登记（登记有误时）" })
  removeAttendance(
    @Ctx() ctx: SubgraphContext,
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("userId", () => ID) userId: string,
  ): Promise<boolean> {
    return removeAttendance(depsOf(ctx), sessionId, userId);
  }

  @Authorized(...OVERSIGHT_ROLES)
  @Query(() => CoverageView, {
    nullable: true,
    description: "全员培训覆盖情况：各部门在职人员本年度参训比例及未参训人员",
  })
  async trainingCoverage(@Ctx() ctx: SubgraphContext, @Arg("year", () => Int) year: number): Promise<CoverageView> {
    const c = await coverageForYear(depsOf(ctx), people, year);
    return {
      year,
      staff: c.staff,
      trained: c.trained,
      share: c.share,
      departments: c.departments.map((d) => ({
        department: departmentRef(d.departmentId),
        departmentName: d.departmentName,
        staff: d.staff,
        trained: d.trained,
        share: d.share,
        missing: d.missing.map((m) => ({ user: userRef(m.id), displayName: m.displayName })),
      })),
    };
  }

  @FieldResolver(() => Course)
  async course(@Root() s: TrainingSession, @Ctx() ctx: SubgraphContext): Promise<Course> {
    return (await ctx.loaders.one(Course).load(s.courseId))!;
  }

  @FieldResolver(() => UserRef, { description: "授课人" })
  trainer(@Root() s: TrainingSession): UserRef {
    return userRef(s.trainerId);
  }

  @FieldResolver(() => [DepartmentRef], { description: "参训部门" })
  audience(@Root() s: TrainingSession): DepartmentRef[] {
    return s.audienceDepartmentIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [AttendanceView], { description: "出勤人员" })
  async attendance(@Root() s: TrainingSession, @Ctx() ctx: SubgraphContext): Promise<AttendanceView[]> {
    const rows = await ctx.loaders.many(Attendance, "sessionId").load(s.id);
    return rows.map((a) => ({ id: a.id, user: userRef(a.userId), recordedAt: a.recordedAt }));
  }

  @FieldResolver(() => Int, { description: "出勤人数" })
  async attendanceCount(@Root() s: TrainingSession, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await ctx.loaders.many(Attendance, "sessionId").load(s.id)).length;
  }
}
