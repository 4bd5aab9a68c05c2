/** The questions most often missed in submitted attempts: by miss rate, then by misses. */
export interface AnsweredItem {
  questionId: string;
  correct: boolean;
}

export interface MissedQuestion {
  questionId: string;
  asked: number;
  missed: number;
  missRate: number;
}

export function mostMissed(items: AnsweredItem[], limit: number): MissedQuestion[] {
  const stats = new Map<string, { asked: number; missed: number }>();
  for (const i of items) {
    const s = stats.get(i.questionId) ?? { asked: 0, missed: 0 };
    s.asked++;
    if (!i.correct) s.missed++;
    stats.set(i.questionId, s);
  }
  return [...stats]
    .filter(([, s]) => s.missed > 0)
    .map(([questionId, s]) => ({ questionId, ...s, missRate: Math.round((s.missed / s.asked) * 1000) / 1000 }))
    .sort((a, b) => b.missRate - a.missRate || b.missed - a.missed || a.questionId.localeCompare(b.questionId))
    .slice(0, limit);
}
