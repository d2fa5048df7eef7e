import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/files/check.ts';
import type { FileLike } from '../../../src/files/types.ts';
import { t } from '../../../src/i18n/index.ts';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import { asFile, makeHeif, makeJpeg, makePdf, makePng } from '../../helpers/images.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const noWait = () => Promise.resolve();

/** A file of any size whose bytes are the given header then zeros; refuses big reads. */
function hugeFile(name: string, size: number, header: Uint8Array, log: [number, number][] = []): FileLike {
  return {
    name,
    size,
    type: 'image/png',
    slice(start = 0, end = size) {
      log.push([start, end]);
      if (end - start > 4 * 1024 * 1024) throw new Error(`read of ${end - start} bytes`);
      const out = new Uint8Array(end - start);
      out.set(header.subarray(Math.min(start, header.length), Math.min(end, header.length)));
      return new Blob([out]);
    },
  };
}

describe('checkFiles on the WhatsApp form', () => {
  it('says what is wrong with which file', async () => {
    const big = makePng({ width: 1170, height: 2532, size: 6_200_000 });
    const files = [
      asFile(big, 'Screenshot 3.png', 'image/png'),
      asFile(makeHeif({ width: 4032, height: 3024, rotation: 3 }), 'IMG_0042.png', 'image/png'),
      asFile(makePdf(), 'receipt.jpg', 'image/jpeg'),
      asFile(big, 'Screenshot 3 copy.png', 'image/png'),
      asFile(makeJpeg({ width: 640, height: 480, orientation: 6 }), 'small.jpg', 'image/jpeg'),
    ];
    const res = await checkFiles(
      files,
      { accept: 'image/jpeg,image/png', multiple: true, locale: 'en' },
      WHATSAPP.rules,
      { yieldToPage: noWait },
    );
    expect(res.aborted).toBe(false);
    expect(res.skipped).toEqual([]);
    expect(res.facts.map((f) => [f.sniffedType, f.width, f.height])).toEqual([
      ['png', 1170, 2532],
      ['heic', 3024, 4032],
      ['pdf', undefined, undefined],
      ['png', 1170, 2532],
      ['jpeg', 480, 640],
    ]);
    // Only the two same-size files needed hashing.
    expect(res.facts.map((f) => f.sha256)).toEqual([sha(big), undefined, undefined, sha(big), undefined]);
    const lines = res.findings.map((f) => t('en', f.code, f.params));
    expect(lines).toEqual([
      '5 files chosen; this form takes at most 3. Keep the 3 that show the problem best.',
      'Screenshot 3.png is 6.2 MB; the limit is 5 MB. Crop it to the part that shows the problem, or save it as a smaller JPG.',
      'IMG_0042.png is a HEIC file; this form takes only JPG or PNG. Convert it, or attach a screenshot of it instead.',
      'receipt.jpg is a PDF file; this form takes only JPG or PNG. Convert it, or attach a screenshot of it instead.',
      'Screenshot 3 copy.png is 6.2 MB; the limit is 5 MB. Crop it to the part that shows the problem, or save it as a smaller JPG.',
      'Screenshot 3 copy.png has the same content as Screenshot 3.png. Remove one of the two copies.',
      'small.jpg is only 480 × 640 px; below 720 px on the short side, text may be unreadable. Attach the full-size screenshot, not a resized copy.',
    ]);
    expect(res.findings.find((f) => f.code === 'hint.file.low-resolution')!.severity).toBe('warn');
  });

  it('generic form: an info note for small images, nothing for a fine one', async () => {
    const res = await checkFiles(
      [
        asFile(makePng({ width: 1080, height: 1920 }), 'ok.png', 'image/png'),
        asFile(makePng({ width: 400, height: 300 }), 's.png'),
      ],
      { accept: '', multiple: true },
      GENERIC.rules,
      { yieldToPage: noWait },
    );
    expect(res.findings.map((f) => [f.code, f.severity, f.params.file])).toEqual([
      ['hint.file.low-resolution', 'info', 's.png'],
    ]);
  });

  it("hash: 'all' hashes every file; 'none' none", async () => {
    const files = [
      asFile(makePng({ width: 1, height: 1 }), 'a.png'),
      asFile(makeJpeg({ width: 8, height: 8 }), 'b.jpg'),
    ];
    const all = await checkFiles(files, { accept: '', multiple: true }, {}, { hash: 'all', yieldToPage: noWait });
    expect(all.facts.every((f) => typeof f.sha256 === 'string' && f.sha256.length === 64)).toBe(true);
    const same = [asFile(makePng({ width: 1, height: 1 }), 'a.png'), asFile(makePng({ width: 1, height: 1 }), 'b.png')];
    const none = await checkFiles(
      same,
      { accept: '', multiple: true },
      { 'file-duplicate': {} },
      { hash: 'none', yieldToPage: noWait },
    );
    expect(none.facts.every((f) => f.sha256 === undefined)).toBe(true);
    expect(none.findings).toEqual([]);
  });
});

describe('checkFiles bounds the work', () => {
  it('500 files: reads the first maxFiles, counts them all, says how many were not checked', async () => {
    const reads: [number, number][] = [];
    const png = makePng({ width: 1000, height: 1000 });
    const files = Array.from({ length: 500 }, (_, i) => hugeFile(`shot ${i}.png`, png.length + i, png, reads));
    let pauses = 0;
    const res = await checkFiles(files, { accept: 'image/*', multiple: true }, WHATSAPP.rules, {
      maxFiles: 20,
      yieldToPage: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(res.facts).toHaveLength(500);
    expect(res.facts.filter((f) => f.problems.includes('not-read'))).toHaveLength(480);
    expect(res.skipped).toHaveLength(480);
    expect(res.skipped[0]).toEqual({ name: 'shot 20.png', index: 21, reason: 'max-files' });
    expect(pauses).toBe(19);
    expect(res.findings.slice(0, 2).map((f) => [f.code, f.params.count])).toEqual([
      ['hint.file.not-checked', 480],
      ['hint.file.too-many', 500],
    ]);
    // The 480 unread files have no per-file findings.
    expect(res.findings.every((f) => typeof f.params.index !== 'number' || f.params.index <= 20)).toBe(true);
    expect(reads.length).toBeLessThanOrEqual(20 * 3);
  });

  it('two 2 GB files of the same size: headers only, not hashed, reported', async () => {
    const reads: [number, number][] = [];
    const header = makePng({ width: 8000, height: 6000 });
    const files = [hugeFile('a.png', 2e9, header, reads), hugeFile('b.png', 2e9, header, reads)];
    const res = await checkFiles(files, { accept: '', multiple: true }, GENERIC.rules, { yieldToPage: noWait });
    expect(res.facts.map((f) => [f.width, f.height, f.problems])).toEqual([
      [8000, 6000, ['truncated', 'too-large-to-hash']],
      [8000, 6000, ['truncated', 'too-large-to-hash']],
    ]);
    expect(res.skipped.map((s) => s.reason)).toEqual(['too-large-to-hash', 'too-large-to-hash']);
    expect(res.findings.map((f) => [f.code, f.params.count ?? f.params.file])).toEqual([
      ['hint.file.not-compared', 2],
      ['hint.file.truncated', 'a.png'],
      ['hint.file.truncated', 'b.png'],
    ]);
    expect(reads.reduce((n, [s, e]) => n + e - s, 0)).toBeLessThan(200_000);
  });

  it('the total hash budget', async () => {
    const a = makePng({ width: 10, height: 10, size: 100_000, seed: 1 });
    const b = makePng({ width: 10, height: 10, size: 100_000, seed: 2 });
    const res = await checkFiles(
      [asFile(a, 'a.png'), asFile(b, 'b.png')],
      { accept: '', multiple: true },
      { 'file-duplicate': {} },
      {
        maxTotalHashBytes: 150_000,
        yieldToPage: noWait,
      },
    );
    expect(res.facts[0]!.sha256).toBe(sha(a));
    expect(res.facts[1]!.sha256).toBeUndefined();
    expect(res.facts[1]!.problems).toEqual(['not-hashed']);
    expect(res.skipped).toEqual([{ name: 'b.png', index: 2, reason: 'hash-budget' }]);
    expect(res.findings.map((f) => f.code)).toEqual(['hint.file.not-compared']);
  });

  it('hashes in batches of up to three files at a time, with a turn for the page between batches', async () => {
    const bytes = [1, 2, 3, 4, 5, 1].map((seed) => makePng({ width: 10, height: 10, size: 50_000, seed }));
    const files = bytes.map((b, i) => asFile(b, `${i + 1}.png`));
    let inFlight = 0;
    let most = 0;
    const counted = files.map((f): FileLike => ({
      name: f.name,
      size: f.size,
      type: f.type,
      slice: (start?: number, end?: number) => {
        const part = f.slice(start, end);
        return {
          arrayBuffer: async () => {
            inFlight++;
            most = Math.max(most, inFlight);
            await new Promise((r) => setTimeout(r, 1));
            inFlight--;
            return await part.arrayBuffer();
          },
        };
      },
    }));
    let turns = 0;
    const res = await checkFiles(
      counted,
      { accept: '', multiple: true },
      { 'file-duplicate': {} },
      {
        yieldToPage: () => {
          turns++;
          return Promise.resolve();
        },
      },
    );
    expect(res.facts.map((f) => f.sha256)).toEqual(bytes.map(sha));
    expect(res.findings.map((f) => f.code)).toEqual(['hint.file.duplicate']);
    expect(most).toBe(3);
    // Five turns between the six headers, one between the two hash batches.
    expect(turns).toBe(6);
  });

  it('the time budget: nothing new starts once it is spent', async () => {
    let clock = 0;
    const files = [1, 2, 3].map((i) => asFile(makePng({ width: 800, height: 800, seed: i }), `${i}.png`));
    const res = await checkFiles(files, { accept: '', multiple: true }, GENERIC.rules, {
      budgetMs: 100,
      now: () => (clock += 150),
      yieldToPage: noWait,
    });
    expect(res.facts.map((f) => f.problems.includes('not-read'))).toEqual([false, true, true]);
    expect(res.skipped.map((s) => s.reason)).toEqual(['time-budget', 'time-budget']);
    expect(res.findings.map((f) => [f.code, f.params.count])).toEqual([['hint.file.not-checked', 2]]);
  });

  it('an aborted check stops and says so', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const res = await checkFiles(
      [asFile(makePng({ width: 1, height: 1 }), 'a.png')],
      { accept: '', multiple: true },
      {},
      {
        signal: ctrl.signal,
        yieldToPage: noWait,
      },
    );
    expect(res.aborted).toBe(true);
    expect(res.skipped).toEqual([{ name: 'a.png', index: 1, reason: 'aborted' }]);
  });

  it('never throws on hostile input', async () => {
    const throwing: Iterable<FileLike> = {
      *[Symbol.iterator]() {
        yield asFile(makePng({ width: 1, height: 1 }), 'a.png');
        throw new Error('hostile');
      },
    };
    const res = await checkFiles(throwing, { accept: '', multiple: true }, WHATSAPP.rules, { yieldToPage: noWait });
    expect(res.facts).toHaveLength(1);
    const weird = [null, undefined, { name: 5, size: -1, type: null, slice: () => ({}) }] as unknown as FileLike[];
    await expect(
      checkFiles(
        weird,
        { accept: null as unknown as string, multiple: true },
        { 'file-count': null },
        { yieldToPage: noWait },
      ),
    ).resolves.toBeTruthy();
    expect((await checkFiles([], { accept: '', multiple: false }, WHATSAPP.rules)).findings).toEqual([]);
  });
});
