/**
 * Properties of the attachment checks: `readFileFacts`, `checkFiles` and every attachment rule
 * never throw (or reject) on any bytes, names, MIME types, `accept` values or hostile file
 * objects; a truncated real image is never given dimensions it does not have; and the bytes read
 * from a huge file are bounded (counted, not timed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/files/check.ts';
import { DEFAULT_HEAD_BYTES, DEFAULT_MAX_SCAN_BYTES, readFileFacts } from '../../../src/files/facts.ts';
import type { BlobLike, FileFacts, FileLike, FileProblem, SniffedType } from '../../../src/files/types.ts';
import { CATALOGS } from '../../../src/i18n/index.ts';
import { GENERIC } from '../../../src/profiles/index.ts';
import { WHATSAPP } from '../../../src/profiles/whatsapp.ts';
import { ATTACHMENT_RULES } from '../../../src/rules/attachments/index.ts';
import type { InputConstraints } from '../../../src/rules/attachments/index.ts';
import type { Finding } from '../../../src/rules/types.ts';
import {
  asFile,
  concat,
  makeBmp,
  makeGif,
  makeHeif,
  makeJpeg,
  makePdf,
  makePng,
  makeTiff,
  makeWebp,
} from '../../helpers/images.ts';

const noWait = () => Promise.resolve();
const frozenClock = () => 0; // the time budget never runs out: bounds below come from byte counts
const RUNS = Number(process.env.PROPERTY_RUNS) || 0;
const runs = (n: number) => ({ numRuns: RUNS || n });

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** The first bytes of every format the sniffer knows, so random tails reach each parser. */
const MAGICS: readonly Uint8Array[] = [
  Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  concat([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), ascii('IHDR')]),
  Uint8Array.of(0xff, 0xd8, 0xff),
  Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff),
  concat([Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x20), ascii('Exif\0\0MM\0*')]),
  ascii('GIF89a'),
  ascii('GIF87a'),
  ascii('RIFF\xff\xff\xff\x7fWEBPVP8X'),
  ascii('RIFF\x10\0\0\0WEBPVP8L'),
  ascii('RIFF\x10\0\0\0WEBPVP8 '),
  ascii('\0\0\0\x18ftypheic\0\0\0\0mif1heic'),
  ascii('\0\0\0\x18ftypavif\0\0\0\0mif1avif'),
  ascii('\0\0\0\x01ftypheic'),
  ascii('%PDF-1.7\n'),
  ascii('PK\x03\x04'),
  concat([ascii('BM'), new Uint8Array(12), Uint8Array.of(40, 0, 0, 0)]),
  concat([ascii('BM\xff\xff\xff\xff'), new Uint8Array(8), Uint8Array.of(124, 0, 0, 0)]),
  ascii('II*\0'),
  ascii('MM\0*'),
  ascii('II*\0\xff\xff\xff\x7f'),
  new Uint8Array(0),
];

const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(fc.constantFrom(...MAGICS), fc.uint8Array({ maxLength: 400 })).map(([magic, tail]) => concat([magic, tail])),
);

const nameArb = fc.oneof(
  fc.constantFrom('photo.jpg', 'IMG_0001.HEIC', 'scan.pdf', 'a.png', '', '.', '..png', 'no-extension', 'x.tar.gz'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const mimeArb = fc.oneof(
  fc.constantFrom('', 'image/png', 'image/jpeg', 'IMAGE/PNG', 'application/pdf', 'application/octet-stream'),
  fc.string({ maxLength: 30 }),
);
const inputArb: fc.Arbitrary<InputConstraints> = fc.record(
  {
    accept: fc.oneof(
      fc.constantFrom('', 'image/*', 'image/jpeg,image/png', '.jpg, .png', 'application/pdf', ',,', '*/*', 'video/*'),
      fc.string({ maxLength: 60 }),
    ),
    multiple: fc.boolean(),
    locale: fc.oneof(fc.constantFrom('en', 'it', 'zh_TW', 'id', 'xx', ''), fc.string({ maxLength: 12 })),
  },
  { requiredKeys: ['accept', 'multiple'] },
);
const ruleOptionsArb = fc.constantFrom<Readonly<Record<string, unknown>>>(WHATSAPP.rules, GENERIC.rules, {});

function expectFacts(f: FileFacts): void {
  expect(typeof f.name).toBe('string');
  expect(Number.isFinite(f.size) && f.size >= 0).toBe(true);
  expect(Array.isArray(f.problems)).toBe(true);
  if (f.width !== undefined) expect(Number.isInteger(f.width) && f.width > 0).toBe(true);
  if (f.height !== undefined) expect(Number.isInteger(f.height) && f.height > 0).toBe(true);
}

function expectFindings(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.field).toBe('attachments');
    expect(CATALOGS.en[f.code], f.code).toBeTruthy();
  }
}

// ---------- a huge file whose reads are counted ----------

interface CountingFile extends FileLike {
  /** Bytes asked for through `slice`, in all. */
  readonly requested: () => number;
}

/**
 * A file of `size` bytes that holds `head` and then a cheap, deterministic filler. Nothing of
 * it exists in memory until a slice is read; a read of more than 8 MiB fails (as a browser read
 * would when memory runs out), so a runaway read shows up as a count, not as an allocation.
 */
function countingFile(size: number, head: Uint8Array, name = 'huge.png', type = 'image/png'): CountingFile {
  let requested = 0;
  return {
    name,
    size,
    type,
    requested: () => requested,
    slice(start = 0, end = size): BlobLike {
      const from = Math.max(0, Math.min(size, start));
      const to = Math.max(from, Math.min(size, end));
      requested += to - from;
      return {
        arrayBuffer(): Promise<ArrayBuffer> {
          if (to - from > 8 * 1024 * 1024) return Promise.reject(new Error(`read of ${to - from} bytes`));
          const out = new Uint8Array(to - from);
          for (let i = from; i < to; i++)
            out[i - from] = i < head.length ? head[i]! : (Math.imul(i, 2654435761) >>> 24) & 0xff;
          return Promise.resolve(out.buffer);
        },
      };
    },
  };
}

const GB2 = 2 * 1024 * 1024 * 1024;
/** What one file may cost at most: the head, the bounded scan (tail included), one read window of slack. */
const PER_FILE_BYTES = DEFAULT_HEAD_BYTES + DEFAULT_MAX_SCAN_BYTES + 64 * 1024;

// ---------- properties ----------

describe('attachments: properties', () => {
  it('readFileFacts never throws on any bytes, name or MIME type', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, nameArb, mimeArb, fc.boolean(), async (bytes, name, type, hash) => {
        const f = await readFileFacts(asFile(bytes, name, type), { hash });
        expectFacts(f);
        expect(f.size).toBe(bytes.length);
        if (bytes.length === 0) expect(f.problems).toContain('empty');
      }),
      runs(300),
    );
  });

  it('readFileFacts never throws on hostile file objects', async () => {
    const boom = () => {
      throw new Error('boom');
    };
    const hostile: FileLike[] = [
      { name: 'a', size: 10, type: '', slice: boom },
      { name: 'a', size: 10, type: '', slice: () => ({ arrayBuffer: () => Promise.reject(new Error('gone')) }) },
      { name: 'a', size: 10, type: '', slice: () => ({ arrayBuffer: boom }) },
      { name: 'a', size: 10, type: '', slice: () => ({ arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) }) },
      { name: 'a', size: 10, type: '', slice: () => ({ arrayBuffer: () => Promise.resolve(new ArrayBuffer(99)) }) },
      { name: 'a', size: 10, type: '', slice: () => null as unknown as BlobLike },
      { name: 42, size: NaN, type: null, slice: boom } as unknown as FileLike,
      { name: 'a', size: -1, type: '', slice: boom },
      { name: 'a', size: Infinity, type: '', slice: boom },
      { name: 'a', size: 1e300, type: '', slice: boom },
      Object.defineProperty({ size: 5, type: '', slice: boom }, 'name', { get: boom }) as unknown as FileLike,
      Object.defineProperty({ name: 'a', type: '', slice: boom }, 'size', { get: boom }) as unknown as FileLike,
      null as unknown as FileLike,
    ];
    for (const file of hostile) {
      const f = await readFileFacts(file);
      expect(Array.isArray(f.problems)).toBe(true);
    }
    const res = await checkFiles(hostile, { accept: 'image/*', multiple: true }, WHATSAPP.rules, {
      yieldToPage: noWait,
    });
    expect(res.facts.length).toBeLessThanOrEqual(hostile.length);
    expectFindings(res.findings);
  });

  it('checkFiles never throws on any selection, accept value or profile', async () => {
    const fileArb = fc.tuple(bytesArb, nameArb, mimeArb).map(([b, n, t]) => asFile(b, n, t));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fileArb, { maxLength: 6 }),
        inputArb,
        ruleOptionsArb,
        fc.constantFrom('all' as const, 'same-size' as const, 'none' as const),
        async (files, input, rules, hash) => {
          const res = await checkFiles(files, input, rules, { yieldToPage: noWait, hash, now: frozenClock });
          expect(res.facts).toHaveLength(files.length);
          res.facts.forEach(expectFacts);
          expectFindings(res.findings);
          // Duplicates: the same bytes twice are flagged (when hashing), whatever else is wrong.
        },
      ),
      runs(150),
    );
  });

  it('every attachment rule never throws on any facts (called directly, not through the runner)', () => {
    const problemArb = fc.constantFrom<FileProblem>(
      'empty',
      'unreadable',
      'truncated',
      'too-large-to-hash',
      'no-dimensions',
      'not-read',
      'not-hashed',
    );
    const typeArb = fc.constantFrom<SniffedType>(
      'png',
      'jpeg',
      'gif',
      'webp',
      'heic',
      'avif',
      'pdf',
      'zip',
      'bmp',
      'tiff',
      'unknown',
    );
    const num = fc.oneof(
      fc.nat(),
      fc.constantFrom(0, 1, 719, 720, 5_000_000, 5_000_001, Number.MAX_SAFE_INTEGER, -1, NaN, Infinity),
    );
    const factsArb: fc.Arbitrary<FileFacts> = fc.record(
      {
        name: nameArb,
        size: num,
        declaredMime: mimeArb,
        extension: fc.oneof(fc.constantFrom('png', 'jpg', 'jpeg', 'heic', 'pdf', ''), fc.string({ maxLength: 8 })),
        sniffedType: typeArb,
        width: num,
        height: num,
        orientation: fc.integer({ min: -1, max: 9 }),
        sha256: fc.constantFrom('a'.repeat(64), 'b'.repeat(64), ''),
        problems: fc.uniqueArray(problemArb, { maxLength: 3 }),
      },
      { requiredKeys: ['name', 'size', 'declaredMime', 'extension', 'sniffedType', 'problems'] },
    );
    const variants = Object.values(ATTACHMENT_RULES).flatMap((rule) => [
      [rule, rule.defaults] as const,
      ...[GENERIC, WHATSAPP]
        .filter((p) => p.rules[rule.id] !== undefined)
        .map((p) => [rule, rule.parseOptions(p.rules[rule.id])] as const),
    ]);
    fc.assert(
      fc.property(fc.array(factsArb, { maxLength: 8 }), inputArb, (facts, input) => {
        for (const [rule, options] of variants) expectFindings(rule.check(facts, input, options));
      }),
      runs(300),
    );
  });

  describe('truncated real images, at every cut point', () => {
    const FIXTURES: ReadonlyArray<readonly [string, Uint8Array]> = [
      ['png', makePng({ width: 3, height: 2 })],
      ['jpeg', makeJpeg({ width: 4, height: 3 })],
      ['jpeg (EXIF, rotated)', makeJpeg({ width: 4, height: 3, orientation: 6, byteOrder: 'MM' })],
      ['gif', makeGif({ width: 5, height: 4 })],
      ['webp VP8', makeWebp({ width: 6, height: 5, kind: 'VP8' })],
      ['webp VP8L', makeWebp({ width: 6, height: 5, kind: 'VP8L' })],
      ['webp VP8X', makeWebp({ width: 6, height: 5, kind: 'VP8X' })],
      // Larger than the fixture's 320×240 thumbnail, as a real photo is: a cut that loses the
      // item-property associations (ipma) falls back to the largest size listed.
      ['heic (rotated)', makeHeif({ width: 4032, height: 3024, rotation: 1, dataBytes: 8 })],
      ['avif', makeHeif({ width: 1200, height: 800, brand: 'avif', dataBytes: 8 })],
      ['pdf', makePdf()],
      ['bmp', makeBmp({ width: 2, height: 2 })],
      ['tiff', makeTiff({ width: 7, height: 9, orientation: 8 })],
    ];

    it.each(FIXTURES)('%s: never throws, never invents dimensions', async (_name, bytes) => {
      const whole = await readFileFacts(asFile(bytes, 'whole'));
      expect(whole.problems.filter((p) => p !== 'no-dimensions')).toEqual([]);
      for (let cut = 0; cut < bytes.length; cut++) {
        const f = await readFileFacts(asFile(bytes.slice(0, cut), `cut-${cut}`));
        expectFacts(f);
        expect(f.problems).not.toContain('unreadable');
        // A cut file may lose its dimensions; it never gets different ones. It may lose its
        // orientation (EXIF, irot) with the bytes that held it, and then comes unrotated.
        if (f.width !== undefined || f.height !== undefined) {
          const pair = [f.width, f.height].sort();
          expect(pair, `cut at ${cut}`).toEqual([whole.width, whole.height].sort());
          if (f.orientation === whole.orientation) expect([f.width, f.height]).toEqual([whole.width, whole.height]);
        }
      }
      const res = await checkFiles(
        Array.from({ length: bytes.length }, (_, cut) => asFile(bytes.slice(0, cut), `cut-${cut}`)),
        { accept: 'image/jpeg,image/png', multiple: true },
        WHATSAPP.rules,
        { yieldToPage: noWait, now: frozenClock, maxFiles: 1000 },
      );
      expectFindings(res.findings);
    });

    it('a HEIC cut inside its properties gets no size (was: the thumbnail\'s 320×240, then "low resolution")', async () => {
      const bytes = makeHeif({ width: 4032, height: 3024, dataBytes: 8 });
      const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
      const primaryIspe = text.indexOf('ispe', text.indexOf('ispe') + 1); // the first one is the thumbnail's
      const cut = asFile(bytes.slice(0, primaryIspe + 6), 'IMG_0001.heic', 'image/heic');
      const f = await readFileFacts(cut);
      expect(f).toMatchObject({ sniffedType: 'heic', problems: ['truncated'] });
      expect(f.width).toBeUndefined();
      const res = await checkFiles([cut], { accept: '', multiple: false }, GENERIC.rules, { yieldToPage: noWait });
      expect(res.findings.map((x) => x.code)).not.toContain('hint.file.low-resolution');
    });

    it('the formats with an end marker (PNG, GIF, JPEG, PDF) say "truncated" when it is cut off', async () => {
      // Cuts that keep the end marker's first bytes are not caught (the tail check looks for the
      // marker, not for the bytes after it: PNG's IEND is followed by a 4-byte CRC).
      const cases: ReadonlyArray<readonly [Uint8Array, number]> = [
        [makePng({ width: 3, height: 2 }), 8], // IEND + CRC
        [makeGif({ width: 5, height: 4 }), 1], // trailer 0x3B
        [makeJpeg({ width: 4, height: 3 }), 2], // EOI FF D9
      ];
      for (const [bytes, marker] of cases) {
        for (let cut = 1; cut <= bytes.length - marker; cut++) {
          const f = await readFileFacts(asFile(bytes.slice(0, cut), 'cut'));
          if (f.sniffedType === 'unknown') continue; // too short to be recognised at all
          expect(f.problems, `cut at ${cut} of ${bytes.length}`).toContain('truncated');
        }
      }
    });
  });

  describe('bounded reads on a 2 GB file (bytes counted, not time)', () => {
    const HEADERS: readonly Uint8Array[] = [
      ...MAGICS,
      makePng({ width: 4000, height: 3000 }).slice(0, 33), // PNG header, then filler
      makeJpeg({ width: 4000, height: 3000, size: 300_000, padBeforeFrame: true }).slice(0, 2000),
      makeHeif({ width: 4000, height: 3000 }).slice(0, 64),
      // JPEG whose segments claim the maximum length: the walker would hop through the whole file.
      concat([Uint8Array.of(0xff, 0xd8), ...Array.from({ length: 50 }, () => Uint8Array.of(0xff, 0xe2, 0xff, 0xff))]),
      // TIFF whose first IFD is 1.5 GB away.
      concat([ascii('II*\0'), Uint8Array.of(0, 0, 0, 0x60)]),
    ];

    it.each(HEADERS.map((h, i) => [i, h] as const))(
      'header #%i: readFileFacts reads at most ~1 MiB',
      async (_i, head) => {
        const file = countingFile(GB2, head);
        const f = await readFileFacts(file);
        expectFacts(f);
        expect(f.size).toBe(GB2);
        expect(f.problems).toContain('too-large-to-hash'); // never hashed: that would read 2 GB
        expect(file.requested()).toBeLessThanOrEqual(PER_FILE_BYTES);
      },
    );

    it('on any header: readFileFacts reads at most ~1 MiB', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...MAGICS),
          fc.uint8Array({ maxLength: 200 }),
          // All above the 64 MiB hash cap (a smaller file is hashed, which reads it whole).
          fc.constantFrom(GB2, 2 ** 53 - 1, 100_000_000),
          async (magic, rest, size) => {
            const file = countingFile(size, concat([magic, rest]));
            expectFacts(await readFileFacts(file));
            expect(file.requested()).toBeLessThanOrEqual(PER_FILE_BYTES);
          },
        ),
        runs(40),
      );
    });

    it('checkFiles on many huge files: at most maxFiles files read, nothing hashed', async () => {
      const files = Array.from({ length: 30 }, (_, i) => countingFile(GB2, MAGICS[i % MAGICS.length]!, `f${i}.png`));
      const res = await checkFiles(files, { accept: 'image/*', multiple: true }, WHATSAPP.rules, {
        yieldToPage: noWait,
        now: frozenClock,
        hash: 'all',
      });
      expect(res.facts).toHaveLength(30);
      expectFindings(res.findings);
      const total = files.reduce((n, f) => n + f.requested(), 0);
      expect(total).toBeLessThanOrEqual(20 * PER_FILE_BYTES); // the default maxFiles is 20
      expect(files.slice(20).every((f) => f.requested() === 0)).toBe(true);
      expect(res.skipped.filter((s) => s.reason === 'max-files')).toHaveLength(10);
    });

    it('checkFiles on a selection claiming a billion files lists at most 10,000', async () => {
      const one = countingFile(GB2, MAGICS[0]!);
      const selection: ArrayLike<FileLike> = new Proxy(
        { length: 1e9 },
        { get: (target, key) => (key === 'length' ? target.length : one) },
      );
      const res = await checkFiles(selection, { accept: '', multiple: true }, GENERIC.rules, {
        yieldToPage: noWait,
        now: frozenClock,
        maxFiles: 2,
      });
      expect(res.facts.length).toBeLessThanOrEqual(10_000);
      expect(one.requested()).toBeLessThanOrEqual(2 * PER_FILE_BYTES);
      expectFindings(res.findings);
    });
  });
});
