import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESUBMIT_WINDOW_MS,
  parseSubmissions,
  recentSubmission,
  recordSubmission,
} from '../../../src/settings/submissions.ts';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2025, 0, 6, 10);

describe('resubmission guard store', () => {
  it('remembers only the site and the time, and answers within 24 hours', () => {
    const stored = recordSubmission([], 'https://www.whatsapp.com/contact/?subject=ban#top', T0);
    expect(stored).toEqual({ version: 1, entries: [{ site: 'whatsapp.com', at: T0 }] });
    const entries = parseSubmissions(stored, T0 + HOUR);
    expect(recentSubmission(entries, 'https://whatsapp.com/contact/', T0 + HOUR)).toBe(T0);
    expect(recentSubmission(entries, 'https://example.com/contact/', T0 + HOUR)).toBeNull();
  });

  it('forgets after 24 hours', () => {
    const stored = recordSubmission([], 'https://www.whatsapp.com/contact/', T0);
    const later = T0 + RESUBMIT_WINDOW_MS + 1;
    expect(parseSubmissions(stored, later)).toEqual([]);
    expect(recentSubmission(stored.entries, 'https://www.whatsapp.com/contact/', later)).toBeNull();
  });

  it('keeps one entry per site, the latest', () => {
    let entries = recordSubmission([], 'https://a.example/x', T0).entries;
    entries = recordSubmission(entries, 'https://b.example/x', T0 + 1).entries;
    entries = recordSubmission(entries, 'https://a.example/y', T0 + 2).entries;
    expect(entries).toEqual([
      { site: 'b.example', at: T0 + 1 },
      { site: 'a.example', at: T0 + 2 },
    ]);
  });

  it('drops corrupt values and entries, and entries from the future', () => {
    expect(parseSubmissions(undefined, T0)).toEqual([]);
    expect(parseSubmissions({ version: 2, entries: [] }, T0)).toEqual([]);
    expect(
      parseSubmissions(
        {
          version: 1,
          entries: [{ site: 'a.example', at: T0 }, { site: 1 }, 'x', { site: 'b.example', at: T0 + 10 * HOUR }],
        },
        T0,
      ),
    ).toEqual([{ site: 'a.example', at: T0 }]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (raw, url) => {
        const entries = parseSubmissions(raw, T0);
        recentSubmission(entries, url, T0);
        recordSubmission(entries, url, T0);
      }),
      { numRuns: 300 },
    );
  });
});
