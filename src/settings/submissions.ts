import { z } from 'zod';
import { siteKey } from './sites.ts';

/**
 * The resubmission guard's memory: for a support form the profile knows, only the site and
 * the time it was submitted (never what was typed), kept 24 hours. Stored under its own key
 * in `browser.storage.local`, so the options page's reset clears it with everything else.
 */

export const SUBMISSIONS_KEY = 'recentSubmissions';
export const RESUBMIT_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_ENTRIES = 200;
/** Tolerated clock skew for entries "from the future". */
const SKEW_MS = 5 * 60 * 1000;

export const SubmissionSchema = z.object({ site: z.string().min(1).max(253), at: z.number().finite() }).strict();
export type Submission = z.infer<typeof SubmissionSchema>;

export const SubmissionsSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()).max(10_000) });

/** The still-valid entries of a stored value (anything unreadable is dropped). Never throws. */
export function parseSubmissions(raw: unknown, now: number): Submission[] {
  const parsed = SubmissionsSchema.safeParse(raw);
  if (!parsed.success) return [];
  const out: Submission[] = [];
  for (const e of parsed.data.entries) {
    const s = SubmissionSchema.safeParse(e);
    if (s.success && s.data.at > now - RESUBMIT_WINDOW_MS && s.data.at <= now + SKEW_MS) out.push(s.data);
  }
  return out.slice(-MAX_ENTRIES);
}

/** The value to store after a submission on `url`'s site at `now`. */
export function recordSubmission(
  entries: readonly Submission[],
  url: string,
  now: number,
): { version: 1; entries: Submission[] } {
  const site = siteKey(url);
  const kept = entries.filter((e) => e.at > now - RESUBMIT_WINDOW_MS && e.site !== site);
  if (site !== '') kept.push({ site, at: now });
  return { version: 1, entries: kept.slice(-MAX_ENTRIES) };
}

/** When a request was last submitted on `url`'s site within the window, else null. */
export function recentSubmission(entries: readonly Submission[], url: string, now: number): number | null {
  const site = siteKey(url);
  if (site === '') return null;
  let latest: number | null = null;
  for (const e of entries) {
    if (e.site === site && e.at > now - RESUBMIT_WINDOW_MS && e.at <= now + SKEW_MS) {
      latest = latest === null ? e.at : Math.max(latest, e.at);
    }
  }
  return latest;
}
