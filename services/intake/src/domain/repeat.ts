import {
  DEFAULT_SIMILARITY_CONFIG,
  estimatedSimilarity,
  jaccard,
  shingleSet,
  type MinHashSignature,
  type SimilarityConfig,
} from "./similarity";

/**
 * Repeat detection (重复举报): a report repeats an earlier one when it is about the same
 * subject (same normalised name, and the same unit or the same town) AND the same matter
 * (same problem category, or texts at least REPEAT_TEXT_THRESHOLD similar). The text bar
 * is far below the 贴牌 threshold: a reporter who writes again about the same matter
 * rewrites it, while the subject check already keeps the comparison narrow.
 */

export const REPEAT_TEXT_THRESHOLD = 0.3;

export interface SubjectRef {
  name: string;
  /** Directory id of the subject's unit (work unit / department / village committee). */
  unitId?: string | null;
  /** Directory id of the town or street the subject works in. */
  townId?: string | null;
  post?: string | null;
}

export interface RepeatCandidate {
  id: string;
  subjects: readonly SubjectRef[];
  /** Town of the reported matter, used when a subject has no town of its own. */
  townId?: string | null;
  category?: string | null;
  text?: string | null;
  /** A stored MinHash signature, used when a text is missing on either side. */
  signature?: MinHashSignature | null;
  receivedAt?: Date | null;
}

export interface RepeatOptions {
  textThreshold?: number;
  /** Only earlier reports received at or after this instant count (e.g. rolling 12 months). */
  since?: Date;
  /** Shingling settings for the text comparison (defaults to the similarity defaults). */
  similarity?: Partial<SimilarityConfig>;
}

export interface RepeatMatch {
  id: string;
  /** The subject (as named in the new report) that matched. */
  subjectName: string;
  sameCategory: boolean;
  /** Jaccard similarity of the texts, or null when it could not be computed. */
  textSimilarity: number | null;
}

export interface RepeatFinding {
  count: number;
  reportIds: string[];
  matches: RepeatMatch[];
}

/** Name as compared: NFKC, no spaces or name separators (· • ・ .), lower case for Latin names. */
export function normaliseSubjectName(name: string): string {
  return (name ?? "")
    .normalize("NFKC")
    .replace(/[\s·•・.．]+/g, "")
    .toLowerCase();
}

/**
 * A key that groups reports about one subject for lookups: the normalised name with the
 * unit id, or with the normalised post when the unit is unknown. (findRepeats also accepts
 * a match on the town, which a key cannot express; use the key to narrow, not to decide.)
 */
export function normaliseSubjectKey(subject: { name: string; unitId?: string | null; post?: string | null }): string {
  const name = normaliseSubjectName(subject.name);
  const unit = subject.unitId?.trim();
  if (unit) return `${name}|unit:${unit}`;
  const post = subject.post ? normaliseSubjectName(subject.post) : "";
  return post ? `${name}|post:${post}` : `${name}|`;
}

const filled = (s: string | null | undefined): s is string => s != null && s.trim() !== "";

function sameSubject(
  a: SubjectRef,
  aTown: string | null | undefined,
  b: SubjectRef,
  bTown: string | null | undefined,
): boolean {
  const nameA = normaliseSubjectName(a.name);
  if (nameA === "" || nameA !== normaliseSubjectName(b.name)) return false;
  if (filled(a.unitId) && filled(b.unitId) && a.unitId.trim() === b.unitId.trim()) return true;
  const townA = a.townId ?? aTown;
  const townB = b.townId ?? bTown;
  return filled(townA) && filled(townB) && townA.trim() === townB.trim();
}

/** Earlier reports that the new one repeats, oldest first (input order when times are missing). */
export function findRepeats(
  newReport: RepeatCandidate,
  earlierReports: readonly RepeatCandidate[],
  options: RepeatOptions = {},
): RepeatFinding {
  const threshold = options.textThreshold ?? REPEAT_TEXT_THRESHOLD;
  const config = { ...DEFAULT_SIMILARITY_CONFIG, ...options.similarity };
  let newShingles: Set<number> | undefined;

  const textSimilarity = (earlier: RepeatCandidate): number | null => {
    if (filled(newReport.text) && filled(earlier.text)) {
      newShingles ??= shingleSet(newReport.text, config);
      return jaccard(newShingles, shingleSet(earlier.text, config));
    }
    if (newReport.signature && earlier.signature && newReport.signature.length === earlier.signature.length)
      return estimatedSimilarity(newReport.signature, earlier.signature);
    return null;
  };

  const found: { match: RepeatMatch; at: number; order: number }[] = [];
  earlierReports.forEach((earlier, order) => {
    if (earlier.id === newReport.id) return;
    if (options.since && earlier.receivedAt && earlier.receivedAt.getTime() < options.since.getTime()) return;
    const subject = newReport.subjects.find((s) =>
      earlier.subjects.some((e) => sameSubject(s, newReport.townId, e, earlier.townId)),
    );
    if (!subject) return;
    const sameCategory = filled(newReport.category) && newReport.category === earlier.category;
    // computed even when the category decides: the clerk sees how close the texts are
    const similarity = textSimilarity(earlier);
    if (!sameCategory && (similarity === null || similarity < threshold)) return;
    found.push({
      match: { id: earlier.id, subjectName: subject.name, sameCategory, textSimilarity: similarity },
      at: earlier.receivedAt?.getTime() ?? Number.POSITIVE_INFINITY,
      order,
    });
  });
  found.sort((x, y) => x.at - y.at || x.order - y.order);
  const matches = found.map((f) => f.match);
  return { count: matches.length, reportIds: matches.map((m) => m.id), matches };
}
