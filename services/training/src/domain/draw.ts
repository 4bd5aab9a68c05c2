/** Random draws for quizzes "at random by tag"; the random source is passed in so a draw can be replayed in tests. */

export interface Drawable {
  id: string;
  tags: string[];
}

/** Questions that carry at least one of the tags (all questions when no tag is given). */
export function eligibleQuestions<T extends Drawable>(bank: T[], tags: string[]): T[] {
  if (!tags.length) return bank;
  return bank.filter((q) => q.tags.some((t) => tags.includes(t)));
}

/** `count` distinct questions in random order (Fisher–Yates on a copy); throws when there are too few. */
export function drawQuestions<T extends Drawable>(
  bank: T[],
  tags: string[],
  count: number,
  random: () => number = Math.random,
): T[] {
  const pool = [...eligibleQuestions(bank, tags)];
  if (pool.length < count) throw new RangeError(`only ${pool.length} eligible questions for ${count}`);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** A small seeded generator (mulberry32) for replayable draws in the demo seed and tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
