import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CorpusError, evaluateFormsCorpus, readLabels, runCli } from '../../../scripts/eval-forms.ts';

const CORPUS = join(import.meta.dirname, '../../fixtures/forms');

describe('eval:forms on the committed corpus', () => {
  const result = evaluateFormsCorpus(CORPUS);

  it('covers at least 60 pages, positives and negatives', () => {
    expect(result.pages).toBeGreaterThanOrEqual(60);
    expect(result.truePositives + result.falseNegatives).toBeGreaterThanOrEqual(30);
    expect(result.pages - result.truePositives - result.falseNegatives).toBeGreaterThanOrEqual(30);
    expect(result.warnings).toEqual([]);
  });

  it('meets the targets', () => {
    const detail = result.mistakes.map((m) => `${m.kind} ${m.file}: ${m.message}`).join('\n');
    expect(result.precision, detail).toBeGreaterThanOrEqual(0.98);
    expect(result.recall, detail).toBeGreaterThanOrEqual(0.95);
    expect(result.fieldAccuracy, detail).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * Batches written blind (by helpers who saw neither the detector nor the corpora), each first
 * scored as it came, then kept, fixed, as further corpora:
 * - forms-blind: precision 0.9643, recall 0.9643, field accuracy 0.9819 (a Gravity Forms spam
 *   trap read as a password field, a webinar sign-up, Japanese kana name fields, a Spanish
 *   "what is it about" radio group);
 * - forms-blind-2 (after those fixes): precision 0.9, recall 0.9643, field accuracy 1 (a score a
 *   hair under the threshold rounded up to it, a satisfaction survey, a Hindi webinar sign-up,
 *   an airline's baggage claim read as a booking);
 * - forms-blind-3 (after those): precision 0.9565, recall 0.9167, field accuracy 0.9929 (a
 *   ServiceNow catalog item whose submit button sits outside the fields, a seller-contact form
 *   on a classifieds listing, "what is your complaint about" radios, a hotel's feedback-on-a-stay
 *   form that still reads as a review and a booking: the one miss left);
 * - forms-blind-4 (after those): precision 0.9583, recall 0.9583, field accuracy 0.9929 (a
 *   product's public Q&A box, a game's ban appeal, Colombian "Nombres" fields);
 * - forms-blind-5 (after those; "a realistic random sample"): precision 0.9615, recall 0.9615,
 *   field accuracy 0.9814 (a ward-number select read as a star rating, a message to a landlord,
 *   labels padded with full-width spaces between "姓" and "名");
 * - forms-blind-6 (50 pages, small and mid-sized sites in 21 languages): precision 0.8929,
 *   recall 1, field accuracy 0.9688; forms-blind-7 (50 pages, large consumer services, several
 *   forms per page): precision 0.8889, recall 0.96, field accuracy 0.962. Both scored before
 *   any change for them. The false positives were registrations, profiles, addresses, a
 *   scholarship and a classified ad in Dutch, Turkish, Vietnamese, Indonesian and Hindi, which
 *   had no negative words in those languages; the miss an airline complaint that names the
 *   flight's date and booking.
 * - forms-blind-8 (after those, and after the commonest words of 17 more languages): precision
 *   0.92, recall 0.92, field accuracy 0.9814 (a message to a private landlord, a dog adoption
 *   application, a Korean board inquiry that asks for a post password, a Québec complaint whose
 *   topic list, in a combobox's listbox, holds "Inscription");
 * - forms-blind-9 (after those; a different country for each page, 38 languages): precision
 *   0.8929, recall 1, field accuracy 0.9819 (a Hong Kong table booking, "訂座", a Persian
 *   course enrolment, an Urdu "post an ad" form);
 * - forms-blind-10 (after those; "what a careful tester would pick"): precision 0.8889, recall
 *   0.9231, field accuracy 0.9693 (a donation, a loan application, e-mail preferences with an
 *   unsubscribe reason, a billing form whose text area warns against card numbers; left: a
 *   Hong Kong ASP.NET page whose one form holds both a member login and the feedback fields);
 * - forms-blind-11 (a fresh random sample, after all those fixes): precision 1, recall 1, field
 *   accuracy 0.9795.
 */
describe.each([
  'forms-blind',
  'forms-blind-2',
  'forms-blind-3',
  'forms-blind-4',
  'forms-blind-5',
  'forms-blind-6',
  'forms-blind-7',
  'forms-blind-8',
  'forms-blind-9',
  'forms-blind-10',
  'forms-blind-11',
])('eval:forms on the blind batch %s', (dir) => {
  const result = evaluateFormsCorpus(join(import.meta.dirname, '../../fixtures', dir));

  it('meets the targets', () => {
    const detail = result.mistakes.map((m) => `${m.kind} ${m.file}: ${m.message}`).join('\n');
    expect(result.pages).toBeGreaterThanOrEqual(40);
    expect(result.warnings).toEqual([]);
    expect(result.precision, detail).toBeGreaterThanOrEqual(0.98);
    expect(result.recall, detail).toBeGreaterThanOrEqual(0.95);
    expect(result.fieldAccuracy, detail).toBeGreaterThanOrEqual(0.95);
  });
});

describe('eval:forms corpus handling', () => {
  const dirs: string[] = [];
  const tmp = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'forms-corpus-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('rejects a missing or invalid labels.json with a readable error', () => {
    const d = tmp();
    expect(() => readLabels(d)).toThrow(CorpusError);
    writeFileSync(join(d, 'labels.json'), '{ not json');
    expect(() => readLabels(d)).toThrow(/not valid JSON/);
    writeFileSync(join(d, 'labels.json'), JSON.stringify({ 'a.html': { url: 'nope', support: 'yes' } }));
    expect(() => readLabels(d)).toThrow(/invalid/);
    writeFileSync(
      join(d, 'labels.json'),
      JSON.stringify({ 'a.html': { url: 'https://x.example/', support: true, fields: { '#a': 'phone-number' } } }),
    );
    expect(() => readLabels(d)).toThrow(/invalid/);
  });

  it('exits 2 on a bad corpus and 0 otherwise, ending with one JSON line', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(runCli([join(tmp(), 'missing')])).toBe(2);
      const d = tmp();
      writeFileSync(
        join(d, 'contact.html'),
        '<html><head><title>Contact us</title></head><body><form><label for="e">Email</label><input id="e" type="email">' +
          '<label for="m">Message</label><textarea id="m"></textarea><button>Send</button></form></body></html>',
      );
      writeFileSync(
        join(d, 'labels.json'),
        JSON.stringify({
          'contact.html': { url: 'https://x.example/contact', support: true, fields: { '#e': 'email', '#m': 'phone' } },
        }),
      );
      expect(runCli(['--', d])).toBe(0);
      const lines = log.mock.calls.map((c) => String(c[0]));
      expect(lines.some((l) => l.startsWith('field\tcontact.html\t#m: expected phone, got description'))).toBe(true);
      expect(JSON.parse(lines.at(-1)!)).toEqual({ pages: 1, precision: 1, recall: 1, fieldAccuracy: 0.5 });
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
  });

  it('steps into declarative shadow roots with >>>', () => {
    const d = tmp();
    writeFileSync(
      join(d, 'w.html'),
      '<html><head><title>Support</title></head><body><x-help><template shadowrootmode="open"><div>' +
        '<h2>Contact support</h2><label for="em">Email</label><input id="em" type="email">' +
        '<label for="d">Describe the problem</label><textarea id="d"></textarea><button>Send</button></div></template></x-help></body></html>',
    );
    writeFileSync(
      join(d, 'labels.json'),
      JSON.stringify({
        'w.html': {
          url: 'https://x.example/help',
          support: true,
          fields: { 'x-help >>> #em': 'email', 'x-help >>> #d': 'description' },
        },
      }),
    );
    const r = evaluateFormsCorpus(d);
    expect(r.mistakes).toEqual([]);
    expect(r.fieldAccuracy).toBe(1);
  });
});
