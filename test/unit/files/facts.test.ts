import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileFacts } from '../../../src/files/facts.ts';
import type { FileLike } from '../../../src/files/types.ts';
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
  pseudoRandomBytes,
  truncate,
} from '../../helpers/images.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A File that records which byte ranges were read. */
function spyFile(bytes: Uint8Array, name: string, type = ''): { file: FileLike; reads: [number, number][] } {
  const inner = asFile(bytes, name, type);
  const reads: [number, number][] = [];
  const file: FileLike = {
    name,
    size: inner.size,
    type: inner.type,
    slice(start = 0, end = inner.size) {
      reads.push([start, end]);
      return inner.slice(start, end);
    },
  };
  return { file, reads };
}

const bytesRead = (reads: [number, number][]) => reads.reduce((n, [s, e]) => n + (e - s), 0);

describe('readFileFacts: type and dimensions from the header', () => {
  it('PNG of given dimensions and byte size', async () => {
    const bytes = makePng({ width: 1080, height: 2340, size: 300_000 });
    expect(bytes.length).toBe(300_000);
    const f = await readFileFacts(asFile(bytes, 'Screenshot 1.png', 'image/png'));
    expect(f).toMatchObject({
      name: 'Screenshot 1.png',
      size: 300_000,
      declaredMime: 'image/png',
      extension: 'png',
      sniffedType: 'png',
      width: 1080,
      height: 2340,
      problems: [],
      sha256: sha(bytes),
    });
    expect(f.orientation).toBeUndefined();
  });

  it('JPEG of given dimensions and byte size', async () => {
    const bytes = makeJpeg({ width: 1280, height: 720, size: 150_000 });
    expect(bytes.length).toBe(150_000);
    const f = await readFileFacts(asFile(bytes, 'a.jpg', 'image/jpeg'));
    expect(f).toMatchObject({ sniffedType: 'jpeg', width: 1280, height: 720, problems: [] });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('EXIF orientation %i (little- and big-endian) swaps only for 5–8', async (o) => {
    for (const byteOrder of ['II', 'MM'] as const) {
      const f = await readFileFacts(
        asFile(makeJpeg({ width: 4000, height: 3000, orientation: o, byteOrder }), 'p.jpg'),
      );
      expect(f.orientation).toBe(o);
      expect([f.width, f.height]).toEqual(o >= 5 ? [3000, 4000] : [4000, 3000]);
    }
  });

  it('finds a JPEG frame header beyond the first 64 KiB with a bounded scan', async () => {
    const bytes = makeJpeg({ width: 1920, height: 1080, orientation: 6, size: 3_000_000, padBeforeFrame: true });
    const { file, reads } = spyFile(bytes, 'big-exif.jpg');
    const f = await readFileFacts(file, { hash: false });
    expect(f).toMatchObject({ width: 1080, height: 1920, orientation: 6, problems: [] });
    // Segment headers only: ~46 padding segments of 64 KiB are skipped, not read.
    expect(bytesRead(reads)).toBeLessThanOrEqual(64 * 1024 + 1024 + 50 * 4096);
  });

  it('gives up (no-dimensions) when the frame header lies beyond the scan budget', async () => {
    const bytes = makeJpeg({ width: 1920, height: 1080, size: 3_000_000, padBeforeFrame: true });
    const { file, reads } = spyFile(bytes, 'huge-app.jpg');
    const f = await readFileFacts(file, { hash: false, maxScanBytes: 100 * 1024 });
    expect(f.width).toBeUndefined();
    expect(f.problems).toEqual(['no-dimensions']);
    expect(bytesRead(reads)).toBeLessThanOrEqual(100 * 1024 + 1024);
  });

  it('reads only the head and tail of a 5 MB image when not hashing', async () => {
    const { file, reads } = spyFile(makePng({ width: 3000, height: 2000, size: 5_000_000 }), 'x.png');
    const f = await readFileFacts(file, { hash: false });
    expect(f).toMatchObject({ width: 3000, height: 2000, problems: [] });
    expect(bytesRead(reads)).toBeLessThanOrEqual(64 * 1024 + 1024);
  });

  it.each([
    ['GIF', makeGif({ width: 640, height: 480 }), 'gif', 640, 480],
    ['WebP VP8', makeWebp({ width: 1000, height: 701, kind: 'VP8' }), 'webp', 1000, 701],
    ['WebP VP8L', makeWebp({ width: 1000, height: 701, kind: 'VP8L' }), 'webp', 1000, 701],
    ['WebP VP8X', makeWebp({ width: 5000, height: 7001, kind: 'VP8X' }), 'webp', 5000, 7001],
    ['HEIC (primary item, not the thumbnail)', makeHeif({ width: 4032, height: 3024 }), 'heic', 4032, 3024],
    ['HEIC rotated 90° (irot 1)', makeHeif({ width: 4032, height: 3024, rotation: 1 }), 'heic', 3024, 4032],
    ['HEIC rotated 180° (irot 2)', makeHeif({ width: 4032, height: 3024, rotation: 2 }), 'heic', 4032, 3024],
    ['AVIF', makeHeif({ width: 1920, height: 1080, brand: 'avif' }), 'avif', 1920, 1080],
    ['BMP', makeBmp({ width: 33, height: 17 }), 'bmp', 33, 17],
    ['TIFF orientation 6', makeTiff({ width: 800, height: 600, orientation: 6 }), 'tiff', 600, 800],
  ] as const)('%s', async (_label, bytes, type, width, height) => {
    const f = await readFileFacts(asFile(bytes, 'x'));
    expect(f).toMatchObject({ sniffedType: type, width, height, problems: [] });
  });

  it('a PDF renamed .jpg is a PDF, without dimensions', async () => {
    const f = await readFileFacts(asFile(makePdf(), 'receipt.jpg', 'image/jpeg'));
    expect(f).toMatchObject({ sniffedType: 'pdf', extension: 'jpg', declaredMime: 'image/jpeg', problems: [] });
    expect(f.width).toBeUndefined();
  });
});

describe('readFileFacts: broken files', () => {
  it('empty', async () => {
    const { file, reads } = spyFile(new Uint8Array(0), 'empty.png', 'image/png');
    expect(await readFileFacts(file)).toMatchObject({ size: 0, problems: ['empty'], sniffedType: 'unknown' });
    expect(reads).toEqual([]);
  });

  it('unreadable (the browser rejects the read)', async () => {
    const file: FileLike = {
      name: 'gone.jpg',
      size: 1234,
      type: 'image/jpeg',
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }),
    };
    expect(await readFileFacts(file)).toMatchObject({ name: 'gone.jpg', problems: ['unreadable'] });
  });

  it('a hostile File whose getters throw', async () => {
    const file = {
      get name(): string {
        throw new Error('boom');
      },
      size: 1,
      type: '',
      slice: () => new Blob([]),
    } as FileLike;
    expect((await readFileFacts(file)).problems).toEqual(['unreadable']);
  });

  it.each([
    ['PNG cut in the middle', truncate(makePng({ width: 800, height: 800, size: 20_000 }), 10_000)],
    ['PNG cut inside IHDR', truncate(makePng({ width: 800, height: 800 }), 20)],
    ['JPEG cut in the scan', truncate(makeJpeg({ width: 800, height: 800, size: 20_000 }), 19_990)],
    [
      'JPEG cut before the frame header',
      truncate(makeJpeg({ width: 800, height: 800, size: 200_000, padBeforeFrame: true }), 100_000),
    ],
    ['GIF without trailer', truncate(makeGif({ width: 10, height: 10 }), 30)],
    ['WebP shorter than its RIFF size', truncate(makeWebp({ width: 10, height: 10, kind: 'VP8X' }), 40)],
    ['PDF without %%EOF', truncate(makePdf({ size: 5000 }), 4000)],
    ['HEIC whose mdat runs past the end', truncate(makeHeif({ width: 10, height: 10, dataBytes: 5000 }), 2000)],
    ['BMP shorter than its header says', truncate(makeBmp({ width: 100, height: 100 }), 5000)],
  ])('truncated: %s', async (_label, bytes) => {
    expect((await readFileFacts(asFile(bytes, 'x'))).problems).toContain('truncated');
  });

  it('keeps dimensions of a truncated image when the header survived', async () => {
    const f = await readFileFacts(
      asFile(truncate(makePng({ width: 800, height: 600, size: 20_000 }), 10_000), 'x.png'),
    );
    expect(f).toMatchObject({ width: 800, height: 600, problems: ['truncated'] });
  });

  it('does not call a motion photo (video after the JPEG) truncated', async () => {
    const jpeg = makeJpeg({ width: 100, height: 100 });
    const text = 'http://ns.adobe.com/xap/1.0/\0<x GCamera:MotionPhoto="1"/>';
    const xmp = Uint8Array.from(`\xff\xe1\x00${String.fromCharCode(text.length + 2)}${text}`, (c) => c.charCodeAt(0));
    const bytes = concat([jpeg.subarray(0, 2), xmp, jpeg.subarray(2), pseudoRandomBytes(5000, 9)]);
    expect((await readFileFacts(asFile(bytes, 'PXL_1.MP.jpg'))).problems).toEqual([]);
    const plain = concat([jpeg, pseudoRandomBytes(5000, 9)]);
    expect((await readFileFacts(asFile(plain, 'x.jpg'))).problems).toEqual(['truncated']);
  });

  it('an image format whose header says nothing useful: no-dimensions', async () => {
    const bytes = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xd9);
    expect((await readFileFacts(asFile(bytes, 'x.jpg'))).problems).toEqual(['no-dimensions']);
  });
});

describe('readFileFacts: hashing', () => {
  it('hashes the whole content (same as node:crypto), not the name', async () => {
    const a = makePng({ width: 10, height: 10, size: 2000, seed: 1 });
    const b = makePng({ width: 10, height: 10, size: 2000, seed: 2 });
    const fa = await readFileFacts(asFile(a, 'same-name.png'));
    const fb = await readFileFacts(asFile(b, 'same-name.png'));
    const fa2 = await readFileFacts(asFile(a, 'other-name.png'));
    expect(fa.sha256).toBe(sha(a));
    expect(fb.sha256).toBe(sha(b));
    expect(fa.sha256).not.toBe(fb.sha256);
    expect(fa2.sha256).toBe(fa.sha256);
  });

  it('above the hash cap: too-large-to-hash, no sha256, no read of the whole file', async () => {
    const { file, reads } = spyFile(makePng({ width: 10, height: 10, size: 300_000 }), 'big.png');
    const f = await readFileFacts(file, { maxHashBytes: 100_000 });
    expect(f.sha256).toBeUndefined();
    expect(f.problems).toEqual(['too-large-to-hash']);
    expect(bytesRead(reads)).toBeLessThan(100_000);
  });

  it('hash: false skips hashing', async () => {
    expect(
      (await readFileFacts(asFile(makeGif({ width: 1, height: 1 }), 'a.gif'), { hash: false })).sha256,
    ).toBeUndefined();
  });
});

describe('readFileFacts never throws', () => {
  it('on random bytes and on damaged fixtures', async () => {
    const fixtures = [
      makePng({ width: 50, height: 50 }),
      makeJpeg({ width: 50, height: 50, orientation: 6 }),
      makeGif({ width: 5, height: 5 }),
      makeWebp({ width: 5, height: 5, kind: 'VP8X' }),
      makeHeif({ width: 5, height: 5, rotation: 1 }),
      makeTiff({ width: 5, height: 5 }),
      makeBmp({ width: 5, height: 5 }),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(fixtures.length - 1),
        fc.array(fc.tuple(fc.nat(400), fc.nat(255)), { maxLength: 12 }),
        fc.nat(500),
        async (which, flips, cut) => {
          const bytes = fixtures[which]!.slice(0, Math.max(1, fixtures[which]!.length - cut));
          for (const [at, v] of flips) if (at < bytes.length) bytes[at] = v;
          const f = await readFileFacts(asFile(bytes, 'fuzz.bin'));
          expect(f.size).toBe(bytes.length);
          if (f.width !== undefined) expect(Number.isFinite(f.width)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        const f = await readFileFacts(asFile(bytes, 'r'));
        expect(f.problems).not.toContain('unreadable');
      }),
      { numRuns: 200 },
    );
  });
});
