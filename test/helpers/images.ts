/**
 * Binary fixture generators: real, minimal files of chosen dimensions and byte sizes, made in
 * memory (no fixture files checked in). Dependency-free apart from node:zlib for PNG's deflate,
 * so unit tests and the browser e2e (which writes these bytes to disk or passes them to
 * setInputFiles) share them.
 *
 * Decodability: PNG, JPEG (baseline, grey), GIF and BMP decode in browsers. WebP, HEIC and AVIF
 * are header-only stubs (right boxes and chunks, no real bitstream): enough for header parsing
 * and sniffing, not for display.
 */
import { deflateSync } from 'node:zlib';

// ---------- small utilities ----------

/** A deterministic byte stream (mulberry32): different seeds give different file contents. */
export function pseudoRandomBytes(length: number, seed = 1, printable = false): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const byte = (t ^ (t >>> 14)) & 0xff;
    out[i] = printable ? 0x20 + (byte % 95) : byte;
  }
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const be16 = (n: number) => Uint8Array.of((n >>> 8) & 0xff, n & 0xff);
const be32 = (n: number) => Uint8Array.of((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const le16 = (n: number) => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff);
const le24 = (n: number) => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff);
const le32 = (n: number) => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);

/** The first `length` bytes: a download cut short. */
export function truncate(bytes: Uint8Array, length: number): Uint8Array {
  return bytes.slice(0, Math.max(0, Math.min(length, bytes.length)));
}

/** A DOM/Node `File` with these bytes (Node 20+ has a global File). */
export function asFile(bytes: Uint8Array, name: string, type = ''): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}

// ---------- PNG ----------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat([ascii(type), data]);
  return concat([be32(data.length), typeAndData, be32(crc32(typeAndData))]);
}

export interface PngOptions {
  readonly width: number;
  readonly height: number;
  /** Pad to exactly this many bytes with a tEXt chunk (at least 20 bytes more than the bare image). */
  readonly size?: number;
  /** Seed of the padding's content: same dimensions and size, different seed, different hash. */
  readonly seed?: number;
}

/** A valid 1-bit greyscale (white) PNG: IHDR, IDAT (zlib), optional tEXt padding, IEND. */
export function makePng({ width, height, size, seed = 1 }: PngOptions): Uint8Array {
  const ihdr = concat([be32(width), be32(height), Uint8Array.of(1, 0, 0, 0, 0)]);
  const rowBytes = Math.ceil(width / 8);
  const raw = new Uint8Array((rowBytes + 1) * height).fill(0xff);
  for (let y = 0; y < height; y++) raw[y * (rowBytes + 1)] = 0; // filter type: none
  const parts = [
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(deflateSync(raw))),
  ];
  const iend = pngChunk('IEND', new Uint8Array(0));
  const bare = parts.reduce((n, p) => n + p.length, 0) + iend.length;
  if (size !== undefined && size !== bare) {
    const need = size - bare;
    if (need < 20) throw new Error(`makePng: size must be ${bare} or at least ${bare + 20}`);
    parts.push(pngChunk('tEXt', concat([ascii('Comment\0'), pseudoRandomBytes(need - 20, seed, true)])));
  }
  parts.push(iend);
  return concat(parts);
}

// ---------- JPEG ----------

export interface JpegOptions {
  readonly width: number;
  readonly height: number;
  /** EXIF orientation 1–8, in an APP1 Exif segment (none when undefined). */
  readonly orientation?: number;
  /** EXIF byte order: 'II' little-endian (phones), 'MM' big-endian (some cameras). */
  readonly byteOrder?: 'II' | 'MM';
  /** Pad to exactly this many bytes with COM segments (at least 4 bytes more than the bare image). */
  readonly size?: number;
  readonly seed?: number;
  /** Put the padding before the frame header (SOF0 then lies beyond the first 64 KiB). */
  readonly padBeforeFrame?: boolean;
}

function segment(marker: number, data: Uint8Array): Uint8Array {
  return concat([Uint8Array.of(0xff, marker), be16(data.length + 2), data]);
}

function exifApp1(orientation: number, order: 'II' | 'MM'): Uint8Array {
  const w16 = order === 'II' ? le16 : be16;
  const w32 = order === 'II' ? le32 : be32;
  const tiff = concat([
    ascii(order),
    w16(42),
    w32(8), // IFD0 right after the header
    w16(1), // one entry
    w16(0x0112),
    w16(3), // SHORT
    w32(1),
    w16(orientation),
    w16(0),
    w32(0), // no next IFD
  ]);
  return segment(0xe1, concat([ascii('Exif\0\0'), tiff]));
}

function comPadding(need: number, seed: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let left = need;
  let s = seed;
  while (left > 0) {
    let take = Math.min(left, 65537);
    if (left - take > 0 && left - take < 4) take -= 4;
    out.push(segment(0xfe, pseudoRandomBytes(take - 4, s++)));
    left -= take;
  }
  return out;
}

/**
 * A valid baseline JPEG, one grey component: every 8×8 block is "DC 0, end of block", two bits
 * with one-code Huffman tables, so a 4000×3000 image is ~47 KB before padding.
 */
export function makeJpeg(o: JpegOptions): Uint8Array {
  const { width, height, seed = 1 } = o;
  const head: Uint8Array[] = [Uint8Array.of(0xff, 0xd8)];
  if (o.orientation !== undefined) head.push(exifApp1(o.orientation, o.byteOrder ?? 'II'));
  const dqt = segment(0xdb, concat([Uint8Array.of(0), new Uint8Array(64).fill(1)]));
  const sof = segment(0xc0, concat([Uint8Array.of(8), be16(height), be16(width), Uint8Array.of(1, 1, 0x11, 0)]));
  const oneCode = (tableClass: number) =>
    segment(
      0xc4,
      concat([Uint8Array.of(tableClass), Uint8Array.of(1, ...new Array<number>(15).fill(0)), Uint8Array.of(0)]),
    );
  const dht = concat([oneCode(0x00), oneCode(0x10)]);
  const sos = segment(0xda, Uint8Array.of(1, 1, 0x00, 0, 63, 0));
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2;
  const scan = new Uint8Array(Math.ceil(bits / 8));
  if (bits % 8 !== 0) scan[scan.length - 1] = 0xff >>> (bits % 8); // pad the last byte with 1-bits
  const eoi = Uint8Array.of(0xff, 0xd9);
  const frame = [dqt, sof, dht];
  const tail = [sos, scan, eoi];
  const bare = [...head, ...frame, ...tail].reduce((n, p) => n + p.length, 0);
  let padding: Uint8Array[] = [];
  if (o.size !== undefined && o.size !== bare) {
    const need = o.size - bare;
    if (need < 4) throw new Error(`makeJpeg: size must be ${bare} or at least ${bare + 4}`);
    padding = comPadding(need, seed);
  }
  return o.padBeforeFrame
    ? concat([...head, ...padding, ...frame, ...tail])
    : concat([...head, ...frame, ...padding, ...tail]);
}

// ---------- GIF ----------

/** A valid GIF89a with a two-colour palette and an empty LZW stream (clear, end). */
export function makeGif({ width, height }: { width: number; height: number }): Uint8Array {
  return concat([
    ascii('GIF89a'),
    le16(width),
    le16(height),
    Uint8Array.of(0x80, 0, 0), // global colour table of 2 entries
    Uint8Array.of(0, 0, 0, 255, 255, 255),
    Uint8Array.of(0x2c),
    le16(0),
    le16(0),
    le16(width),
    le16(height),
    Uint8Array.of(0),
    Uint8Array.of(2, 1, 0x2c, 0), // min code size 2; one sub-block: clear (4), end (5)
    Uint8Array.of(0x3b),
  ]);
}

// ---------- WebP ----------

/** A WebP header stub of the given kind (lossy VP8, lossless VP8L, extended VP8X). */
export function makeWebp({
  width,
  height,
  kind,
}: {
  width: number;
  height: number;
  kind: 'VP8' | 'VP8L' | 'VP8X';
}): Uint8Array {
  const chunk = (fourcc: string, data: Uint8Array) =>
    concat([ascii(fourcc), le32(data.length), data, data.length % 2 ? Uint8Array.of(0) : new Uint8Array(0)]);
  const vp8l = () => {
    const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
    return chunk('VP8L', concat([Uint8Array.of(0x2f), le32(bits >>> 0), new Uint8Array(8)]));
  };
  let body: Uint8Array;
  if (kind === 'VP8') {
    body = chunk(
      'VP8 ',
      concat([Uint8Array.of(0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a), le16(width), le16(height), new Uint8Array(10)]),
    );
  } else if (kind === 'VP8L') {
    body = vp8l();
  } else {
    body = concat([chunk('VP8X', concat([Uint8Array.of(0, 0, 0, 0), le24(width - 1), le24(height - 1)])), vp8l()]);
  }
  return concat([ascii('RIFF'), le32(4 + body.length), ascii('WEBP'), body]);
}

// ---------- HEIC / AVIF ----------

function box(type: string, ...parts: Uint8Array[]): Uint8Array {
  const body = concat(parts);
  return concat([be32(8 + body.length), ascii(type), body]);
}
function fullBox(type: string, version: number, flags: number, ...parts: Uint8Array[]): Uint8Array {
  return box(type, Uint8Array.of(version, (flags >>> 16) & 0xff, (flags >>> 8) & 0xff, flags & 0xff), ...parts);
}

export interface HeifOptions {
  readonly width: number;
  readonly height: number;
  /** 'heic' (iPhone photos) or 'avif'. */
  readonly brand?: 'heic' | 'avif';
  /** `irot` angle in anticlockwise quarter turns (1 = 90°), on the primary item. */
  readonly rotation?: 0 | 1 | 2 | 3;
  /** Bytes of (stub) image data in mdat. */
  readonly dataBytes?: number;
}

/**
 * A HEIF header: ftyp, meta (hdlr, pitm, iprp with ipco/ipma: a 320×240 thumbnail ispe listed
 * first, then the primary item's ispe and irot), and an mdat of stub bytes.
 */
export function makeHeif({ width, height, brand = 'heic', rotation = 0, dataBytes = 64 }: HeifOptions): Uint8Array {
  const ftyp = box('ftyp', ascii(brand), be32(0), ascii('mif1'), ascii(brand), ascii('miaf'));
  const props = [
    fullBox('ispe', 0, 0, be32(320), be32(240)), // 1: thumbnail
    fullBox('ispe', 0, 0, be32(width), be32(height)), // 2: primary
  ];
  if (rotation) props.push(box('irot', Uint8Array.of(rotation))); // 3
  const primaryProps = rotation ? [0x82, 0x03] : [0x82];
  const ipma = fullBox(
    'ipma',
    0,
    0,
    be32(2),
    be16(1),
    Uint8Array.of(primaryProps.length, ...primaryProps),
    be16(2),
    Uint8Array.of(1, 0x81),
  );
  const meta = fullBox(
    'meta',
    0,
    0,
    fullBox('hdlr', 0, 0, be32(0), ascii('pict'), new Uint8Array(12), Uint8Array.of(0)),
    fullBox('pitm', 0, 0, be16(1)),
    box('iprp', box('ipco', ...props), ipma),
  );
  return concat([ftyp, meta, box('mdat', pseudoRandomBytes(dataBytes, 7))]);
}

// ---------- PDF, BMP, TIFF ----------

/** A small valid PDF (one empty page), padded with a comment to `size` bytes when given. */
export function makePdf({ size }: { size?: number } = {}): Uint8Array {
  const objs = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objs) {
    offsets.push(body.length);
    body += o;
  }
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer << /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = ascii(body);
  if (size === undefined || size <= bytes.length) return bytes;
  // A comment before the header is tolerated by readers; keep %PDF- within the first KiB by padding after it.
  const header = ascii('%PDF-1.4\n');
  const pad = concat([ascii('%'), pseudoRandomBytes(Math.max(0, size - bytes.length - 2), 3, true), ascii('\n')]);
  return concat([header, pad, bytes.subarray(header.length)]);
}

/** A valid 24-bit BMP (bottom-up). */
export function makeBmp({ width, height }: { width: number; height: number }): Uint8Array {
  const row = Math.ceil((width * 3) / 4) * 4;
  const pixels = row * height;
  return concat([
    ascii('BM'),
    le32(54 + pixels),
    le32(0),
    le32(54),
    le32(40),
    le32(width),
    le32(height),
    le16(1),
    le16(24),
    le32(0),
    le32(pixels),
    le32(2835),
    le32(2835),
    le32(0),
    le32(0),
    new Uint8Array(pixels).fill(0xff),
  ]);
}

/** A little-endian TIFF header with IFD0 width, height and orientation (no strips). */
export function makeTiff({
  width,
  height,
  orientation = 1,
}: {
  width: number;
  height: number;
  orientation?: number;
}): Uint8Array {
  const entry = (tag: number, type: number, value: number) =>
    concat([le16(tag), le16(type), le32(1), type === 3 ? concat([le16(value), le16(0)]) : le32(value)]);
  return concat([
    ascii('II'),
    le16(42),
    le32(8),
    le16(3),
    entry(256, 4, width),
    entry(257, 4, height),
    entry(274, 3, orientation),
    le32(0),
  ]);
}
