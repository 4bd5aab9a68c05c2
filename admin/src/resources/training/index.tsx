import SchoolIcon from "@mui/icons-material/School";
import EventNoteIcon from "@mui/icons-material/EventNote";
import GroupsIcon from "@mui/icons-material/Groups";
import QuizIcon from "@mui/icons-material/Quiz";
import LibraryBooksIcon from "@mui/icons-material/LibraryBooks";
import ScienceIcon from "@mui/icons-material/Science";
import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import type { MenuEntry, SubgraphScreens } from "../types";
import { CourseCreate, CourseList, CourseShow, CoveragePage, SessionCreate, SessionList, SessionShow } from "./courses";
import { QuestionCreate, QuestionImportPage, QuestionList } from "./questions";
import { QuizCreate, QuizList, QuizShow, QuizTakePage, TrainingRecordPage } from "./quizzes";
import { ResearchCreate, ResearchEdit, ResearchList, ResearchShow } from "./research";
import { DrillCreate, DrillList, DrillShow } from "./drills";

const item = (
  id: string,
  to: string,
  label: string,
  icon: MenuEntry["icon"],
  resource: string,
  action: string,
): MenuEntry => ({
  id,
  to,
  label,
  icon,
  resource,
  action,
});

/** 学以致用 (training): courses, sessions and attendance, coverage, question bank, quizzes, research, drills. */
export const trainingScreens: SubgraphScreens = {
  resources: [
    {
      name: "courses",
      list: CourseList,
      show: CourseShow,
      create: CourseCreate,
      icon: SchoolIcon,
      recordRepresentation: "title",
    },
    {
      name: "trainingSessions",
      list: SessionList,
      show: SessionShow,
      create: SessionCreate,
      icon: EventNoteIcon,
      recordRepresentation: (r: any) => `${r.date} ${r.course?.title ?? ""}`,
    },
    {
      name: "questions",
      list: QuestionList,
      create: QuestionCreate,
      icon: LibraryBooksIcon,
      recordRepresentation: "stem",
    },
    {
      name: "quizzes",
      list: QuizList,
      show: QuizShow,
      create: QuizCreate,
      icon: QuizIcon,
      recordRepresentation: "title",
    },
    {
      name: "researchProjects",
      list: ResearchList,
      show: ResearchShow,
      create: ResearchCreate,
      edit: ResearchEdit,
      icon: ScienceIcon,
      recordRepresentation: "title",
    },
    {
      name: "drillCompetitions",
      list: DrillList,
      show: DrillShow,
      create: DrillCreate,
      icon: EmojiEventsIcon,
      recordRepresentation: "title",
    },
  ],
  routes: [
    { path: "/quizzes/:id/take", element: <QuizTakePage /> },
    { path: "/questions/import", element: <QuestionImportPage /> },
    { path: "/trainingCoverage", element: <CoveragePage /> },
    { path: "/trainingRecord", element: <TrainingRecordPage /> },
  ],
  menu: {
    label: "app.training.menu",
    items: [
      item("quizzes", "/quizzes", "resources.quizzes.name", <QuizIcon />, "quizzes", "list"),
      item(
        "trainingRecord",
        "/trainingRecord",
        "app.training.record.title",
        <AssignmentIndIcon />,
        "trainingRecord",
        "view",
      ),
      item("courses", "/courses", "resources.courses.name", <SchoolIcon />, "courses", "list"),
      item(
        "trainingSessions",
        "/trainingSessions",
        "resources.trainingSessions.name",
        <EventNoteIcon />,
        "trainingSessions",
        "list",
      ),
      item(
        "trainingCoverage",
        "/trainingCoverage",
        "app.training.coverage.title",
        <GroupsIcon />,
        "trainingCoverage",
        "view",
      ),
      item("questions", "/questions", "resources.questions.name", <LibraryBooksIcon />, "questions", "list"),
      item(
        "researchProjects",
        "/researchProjects",
        "resources.researchProjects.name",
        <ScienceIcon />,
        "researchProjects",
        "list",
      ),
      item(
        "drillCompetitions",
        "/drillCompetitions",
        "resources.drillCompetitions.name",
        <EmojiEventsIcon />,
        "drillCompetitions",
        "list",
      ),
    ],
  },
};
