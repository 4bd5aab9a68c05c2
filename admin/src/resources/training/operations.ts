import { pageArgs, pageLocally, pickFilters, type ListParams, type OperationTable } from "../../data/operation";

/** The training subgraph's resources (学以致用): courses, sessions, question bank, quizzes, research, drills. */

const PERSON = `id displayName department { id name }`;
const COURSE_ROW = `id title regulation hours description createdAt materials { title format pages reference }`;
const SESSION_ROW = `id date mode hours location attendanceCount createdAt
  course { id title regulation } trainer { id displayName } audience { id name }`;
const SESSION_FULL = `${SESSION_ROW} attendance { id recordedAt user { ${PERSON} } }`;
const QUESTION = `id kind stem options { key text } answer explanation regulation article tags active createdAt`;
const QUIZ = `id title selection tags questionCount timeLimitSeconds passMark latePolicy open createdAt`;
const ATTEMPT_ROW = `id status score correctCount questionCount passed late startedAt submittedAt deadlineAt secondsLeft
  quiz { id title passMark } user { id displayName } department { id name }`;
/** While answering: the server refuses answers and explanations before submission. */
const ATTEMPT_TAKING = `${ATTEMPT_ROW} questions { position questionId kind stem options { key text } given }`;
const ATTEMPT_FULL = `${ATTEMPT_ROW}
  questions { position questionId kind stem options { key text } given answer correct explanation basis }`;
const RESEARCH = `id title topic status findings createdAt updatedAt lead { id displayName }
  members { id displayName } improvements { description adopted rule }`;
const STANDING = `rank score count participant { id displayName }`;
const SCORE = `id warmReception patientListening carefulRecording properHandling comment scoredAt
  judge { id displayName } participant { id displayName }`;
const ROUND = `id number title scenarioKind script status closedAt scores { ${SCORE} } standings { ${STANDING} }`;
const DRILL_ROW = `id title date createdAt judges { id displayName } participants { id displayName }`;
const DRILL_FULL = `${DRILL_ROW} weights { WARM_RECEPTION PATIENT_LISTENING CAREFUL_RECORDING PROPER_HANDLING }
  ranking { ${STANDING} } rounds { ${ROUND} }`;

export const trainingOperations: OperationTable = {
  courses: {
    getList: {
      what: "查看培训课程",
      document: `query($limit: Int!, $offset: Int!) { courses(limit: $limit, offset: $offset) { total items { ${COURSE_ROW} } } }`,
      variables: (p: ListParams) => pageArgs(p),
      parse: (d) => ({ data: d.courses.items, total: d.courses.total }),
    },
    getOne: {
      what: "查看培训课程",
      document: `query($id: ID!) { course(id: $id) { ${COURSE_ROW} sessions { ${SESSION_ROW} } } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.course }),
    },
    create: {
      what: "新建培训课程",
      document: `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE_ROW} } }`,
      variables: (p) => ({ input: p.data }),
      parse: (d) => ({ data: d.createCourse }),
    },
  },

  trainingSessions: {
    getList: {
      what: "查看培训场次",
      document: `query($courseId: ID, $mode: SessionMode, $from: String, $to: String, $limit: Int!, $offset: Int!) {
        trainingSessions(courseId: $courseId, mode: $mode, from: $from, to: $to, limit: $limit, offset: $offset) {
          total items { ${SESSION_ROW} } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, ["courseId", "mode", "from", "to"]), ...pageArgs(p) }),
      parse: (d) => ({ data: d.trainingSessions.items, total: d.trainingSessions.total }),
    },
    getOne: {
      what: "查看培训场次",
      document: `query($id: ID!) { trainingSession(id: $id) { ${SESSION_FULL} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.trainingSession }),
    },
    create: {
      what: "安排培训场次",
      document: `mutation($input: SessionInput!) { scheduleTrainingSession(input: $input) { ${SESSION_ROW} } }`,
      variables: (p) => ({ input: p.data }),
      parse: (d) => ({ data: d.scheduleTrainingSession }),
    },
    actions: {
      recordAttendance: {
        what: "登记出勤",
        document: `mutation($sessionId: ID!, $userIds: [ID!]!) { recordAttendance(sessionId: $sessionId, userIds: $userIds) { ${SESSION_FULL} } }`,
        variables: (p) => ({ sessionId: p.sessionId, userIds: p.userIds }),
        parse: (d) => d.recordAttendance,
      },
      removeAttendance: {
        what: "撤销出勤登记",
        document: `mutation($sessionId: ID!, $userId: ID!) { removeAttendance(sessionId: $sessionId, userId: $userId) }`,
        variables: (p) => ({ sessionId: p.sessionId, userId: p.userId }),
        parse: (d) => d.removeAttendance,
      },
      coverage: {
        what: "查看全员培训覆盖情况",
        document: `query($year: Int!) { trainingCoverage(year: $year) { year staff trained share
          departments { departmentName staff trained share department { id name } missing { displayName user { id } } } } }`,
        variables: (p) => ({ year: p.year }),
        parse: (d) => d.trainingCoverage,
      },
      /** Active staff and departments for pickers (trainer, attendance, judges, audience). */
      people: {
        what: "查看人员名单",
        document: `query { users(active: true, limit: 100) { items { id displayName roles department { id name } } }
          departments(active: true, limit: 100) { items { id name } } }`,
        variables: () => ({}),
        parse: (d) => ({ users: d.users?.items ?? [], departments: d.departments?.items ?? [] }),
      },
    },
  },

  questions: {
    getList: {
      what: "查看题库",
      document: `query($active: Boolean, $kind: QuestionKind, $tag: String, $limit: Int!, $offset: Int!) {
        questions(active: $active, kind: $kind, tag: $tag, limit: $limit, offset: $offset) { total items { ${QUESTION} } } }`,
      variables: (p: ListParams) => ({ ...pickFilters(p.filter, ["active", "kind", "tag"]), ...pageArgs(p) }),
      parse: (d) => ({ data: d.questions.items, total: d.questions.total }),
    },
    create: {
      what: "新增试题",
      document: `mutation($input: QuestionInput!) { createQuestion(input: $input) { ${QUESTION} } }`,
      variables: (p) => ({ input: p.data }),
      parse: (d) => ({ data: d.createQuestion }),
    },
    actions: {
      setActive: {
        what: "启用或停用试题",
        document: `mutation($id: ID!, $active: Boolean!) { setQuestionActive(id: $id, active: $active) { ${QUESTION} } }`,
        variables: (p) => ({ id: p.id, active: p.active }),
        parse: (d) => d.setQuestionActive,
      },
      import: {
        what: "导入试题",
        document: `mutation($fileBase64: String!, $fileName: String, $format: SpreadsheetFormat!) {
          importQuestions(fileBase64: $fileBase64, fileName: $fileName, format: $format) {
            accepted importedCount problems { row message } questions { id stem } } }`,
        variables: (p) => ({ fileBase64: p.fileBase64, fileName: p.fileName ?? null, format: p.format }),
        parse: (d) => d.importQuestions,
      },
    },
  },

  quizzes: {
    getList: {
      what: "查看知识测试",
      document: `query($limit: Int!, $offset: Int!) { quizzes(limit: $limit, offset: $offset) { total items { ${QUIZ} } } }`,
      variables: (p: ListParams) => pageArgs(p),
      parse: (d) => ({ data: d.quizzes.items, total: d.quizzes.total }),
    },
    getOne: {
      what: "查看知识测试",
      document: `query($id: ID!) { quiz(id: $id) { ${QUIZ} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.quiz }),
    },
    create: {
      what: "新建知识测试",
      document: `mutation($input: QuizInput!) { createQuiz(input: $input) { ${QUIZ} } }`,
      variables: (p) => ({ input: p.data }),
      parse: (d) => ({ data: d.createQuiz }),
    },
    actions: {
      setOpen: {
        what: "开放或停止答题",
        document: `mutation($id: ID!, $open: Boolean!) { setQuizOpen(id: $id, open: $open) { ${QUIZ} } }`,
        variables: (p) => ({ id: p.id, open: p.open }),
        parse: (d) => d.setQuizOpen,
      },
      start: {
        what: "开始答题",
        document: `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT_TAKING} } }`,
        variables: (p) => ({ quizId: p.quizId }),
        parse: (d) => d.startQuizAttempt,
      },
      submit: {
        what: "交卷",
        document: `mutation($attemptId: ID!, $answers: [AnswerInput!]!) {
          submitQuizAttempt(attemptId: $attemptId, answers: $answers) { ${ATTEMPT_FULL} } }`,
        variables: (p) => ({ attemptId: p.attemptId, answers: p.answers }),
        parse: (d) => d.submitQuizAttempt,
      },
      attempt: {
        what: "查看答题记录",
        document: `query($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT_FULL} } }`,
        variables: (p) => ({ id: p.id }),
        parse: (d) => d.quizAttempt,
      },
      myAttempts: {
        what: "查看我的答题记录",
        document: `query { myQuizAttempts { ${ATTEMPT_ROW} } }`,
        variables: () => ({}),
        parse: (d) => d.myQuizAttempts ?? [],
      },
      results: {
        what: "查看测试成绩",
        document: `query($quizId: ID!) { quizResults(quizId: $quizId, missedLimit: 10) {
          attempts { ${ATTEMPT_ROW} }
          byDepartment { attempts averageScore passRate passed department { id name } }
          mostMissed { questionId stem asked missed missRate } } }`,
        variables: (p) => ({ quizId: p.quizId }),
        parse: (d) => d.quizResults,
      },
    },
  },

  researchProjects: {
    getList: {
      what: "查看课题调研",
      document: `query { researchProjects { ${RESEARCH} } }`,
      variables: () => ({}),
      parse: (d, p) => pageLocally(d.researchProjects ?? [], p),
    },
    getOne: {
      what: "查看课题调研",
      document: `query($id: ID!) { researchProject(id: $id) { ${RESEARCH} } }`,
      variables: (p) => ({ id: p.id }),
      // memberIds for the edit form's picker
      parse: (d) => ({
        data: d.researchProject && { ...d.researchProject, memberIds: d.researchProject.members.map((m: any) => m.id) },
      }),
    },
    create: {
      what: "新建调研课题",
      document: `mutation($input: ResearchInput!) { createResearchProject(input: $input) { ${RESEARCH} } }`,
      variables: (p) => ({ input: p.data }),
      parse: (d) => ({ data: d.createResearchProject }),
    },
    update: {
      what: "更新调研课题",
      document: `mutation($id: ID!, $input: ResearchUpdateInput!) { updateResearchProject(id: $id, input: $input) { ${RESEARCH} } }`,
      variables: (p) => ({ id: p.id, input: p.data }),
      parse: (d) => ({ data: d.updateResearchProject }),
    },
  },

  drillCompetitions: {
    getList: {
      what: "查看擂台赛",
      document: `query { drillCompetitions { ${DRILL_ROW} } }`,
      variables: () => ({}),
      parse: (d, p) => pageLocally(d.drillCompetitions ?? [], p),
    },
    getOne: {
      what: "查看擂台赛",
      document: `query($id: ID!) { drillCompetition(id: $id) { ${DRILL_FULL} } }`,
      variables: (p) => ({ id: p.id }),
      parse: (d) => ({ data: d.drillCompetition }),
    },
    create: {
      what: "新建擂台赛",
      document: `mutation($input: CompetitionInput!) { createDrillCompetition(input: $input) { ${DRILL_ROW} } }`,
      variables: (p) => ({ input: p.data }),
      parse: (d) => ({ data: d.createDrillCompetition }),
    },
    actions: {
      addRound: {
        what: "新增比赛轮次",
        document: `mutation($input: RoundInput!) { addDrillRound(input: $input) { ${ROUND} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.addDrillRound,
      },
      score: {
        what: "评分",
        document: `mutation($input: DrillScoreInput!) { scoreDrillParticipant(input: $input) { ${SCORE} } }`,
        variables: (p) => ({ input: p.input }),
        parse: (d) => d.scoreDrillParticipant,
      },
      closeRound: {
        what: "结束本轮",
        document: `mutation($roundId: ID!) { closeDrillRound(roundId: $roundId) { ${ROUND} } }`,
        variables: (p) => ({ roundId: p.roundId }),
        parse: (d) => d.closeDrillRound,
      },
    },
  },

  trainingRecord: {
    actions: {
      mine: {
        what: "查看我的培训档案",
        document: `query { me { id displayName trainingRecord { hours
          sessions { ${SESSION_ROW} }
          quizResults { ${ATTEMPT_ROW} }
          drillResults { rank score participants competition { id title } round { id title } } } } }`,
        variables: () => ({}),
        parse: (d) => d.me?.trainingRecord ?? null,
      },
    },
  },
};
