import type { MessageKey } from '../i18n/keys.ts';
import type { Category, Channel, Platform, Problem, ServiceProfile } from '../profiles/schema.ts';

/** What the popup shows for one problem on one platform. */
export interface GuideView {
  readonly category: Category;
  readonly problem: Problem;
  /** The channel to use first. */
  readonly recommended: Channel;
  /** The other channels, in the profile's order. */
  readonly alternatives: readonly Channel[];
  /** What to attach or mention. */
  readonly include: readonly MessageKey[];
  /** Reported reply time for this problem, plus the general timing notes and their caveat. */
  readonly timing: MessageKey;
  readonly timingNotes: readonly MessageKey[];
  readonly timingCaveat: MessageKey;
  /** What not to do: the profile's general list, then the problem's own. */
  readonly avoid: readonly MessageKey[];
}

export function findProblem(
  profile: ServiceProfile,
  problemId: string,
): { category: Category; problem: Problem } | null {
  for (const category of profile.categories) {
    const problem = category.problems.find((p) => p.id === problemId);
    if (problem) return { category, problem };
  }
  return null;
}

/** Platform-specific channels (technical email per phone OS) only for that platform; web shows both. */
function fitsPlatform(channel: Channel, platform: Platform): boolean {
  if (channel.purpose === 'technical-android') return platform !== 'iphone';
  if (channel.purpose === 'technical-iphone') return platform !== 'android';
  return true;
}

/** The guide for a problem, or null when the profile doesn't know it. */
export function guideFor(profile: ServiceProfile, problemId: string, platform: Platform): GuideView | null {
  const found = findProblem(profile, problemId);
  if (!found) return null;
  const { category, problem } = found;
  const channels = problem.channels
    .map((id) => profile.channels.find((c) => c.id === id))
    .filter((c): c is Channel => c !== undefined && fitsPlatform(c, platform));
  const [recommended, ...alternatives] = channels;
  if (!recommended) return null;
  const timing = profile.responseTimes.items.find((i) => i.id === problem.timing);
  if (!timing) return null;
  return {
    category,
    problem,
    recommended,
    alternatives,
    include: problem.include,
    timing: timing.text,
    timingNotes: profile.responseTimes.notes,
    timingCaveat: profile.responseTimes.caveat,
    avoid: [...profile.avoid, ...(problem.avoid ?? [])],
  };
}

/** The numbered steps of a channel for the platform (its platform list, else the common one). */
export function stepsFor(channel: Channel, platform: Platform): readonly MessageKey[] {
  return channel.steps?.[platform] ?? channel.steps?.all ?? [];
}

/** A first guess at the person's phone platform from the browser's user agent (they can change it). */
export function guessPlatform(userAgent: string): Platform {
  const ua = String(userAgent ?? '').slice(0, 1000);
  if (/iPhone|iPad|iPod|Macintosh/.test(ua)) return 'iphone';
  return 'android';
}
