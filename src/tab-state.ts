import type { TabReport, TabState } from './messages/schema.ts';

/** What the toolbar badge shows for a tab. */
export interface Badge {
  readonly text: string;
  readonly color: string;
}

export const DANGER_BADGE: Badge = { text: '!', color: '#c5221f' };
export const CAUTION_BADGE: Badge = { text: '?', color: '#b06000' };
export const CLEAR_BADGE: Badge = { text: '', color: '#000000' };

export function stateFromReport(tabId: number, report: TabReport, now: number): TabState {
  return {
    tabId,
    url: report.url,
    assessment: report.assessment,
    supportForms: report.supportForms,
    issues: report.issues,
    profileId: report.profileId,
    updatedAt: now,
  };
}

export function badgeFor(state: TabState | null): Badge {
  if (!state) return CLEAR_BADGE;
  if (state.assessment.level === 'danger') return DANGER_BADGE;
  if (state.assessment.level === 'caution') return CAUTION_BADGE;
  return CLEAR_BADGE;
}

/** The stored state of the tab whose reported page URL is `url` (ignoring the fragment). */
export function findByUrl(states: Readonly<Record<string, TabState>>, url: string): TabState | null {
  const want = url.split('#')[0];
  let best: TabState | null = null;
  for (const s of Object.values(states)) {
    if (s.url.split('#')[0] === want && (!best || s.updatedAt > best.updatedAt)) best = s;
  }
  return best;
}
