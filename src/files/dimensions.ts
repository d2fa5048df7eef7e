import { ascii, i32le, u16be, u16le, u24le, u32be, u32le, type ByteSource } from './bytes.ts';
import type { SniffedType } from './types.ts';

/** Stored (not rotated) size, orientation, and whether the header ran past the end of the file. */
export interface HeaderFacts {
  width?: number;
  height?: number;
  orientation?: number;
  truncated?: boolean;
}

const MAX_SEGMENTS = 1024;
const MAX_BOXES = 256;
const MAX_IFD_ENTRIES = 512;
/** Bytes fetched at a JPEG segment start outside the head: the next few headers, not the big payloads. */
const SEGMENT_WINDOW = 4096;

/** Reads dimensions (and orientation) from the header of a sniffed file; never decodes pixels. */
export async function readHeader(type: SniffedType, src: ByteSource): Promise<HeaderFacts> {
  switch (type) {
    case 'png':
      return png(src.head, src.size);
    case 'gif':
      return src.size < 10 ? { truncated: true } : { width: u16le(src.head, 6), height: u16le(src.head, 8) };
    case 'webp':
      return webp(src.head);
    case 'jpeg':
      return jpeg(src);
    case 'heic':
    case 'avif':
      return heif(src);
    case 'bmp':
      return bmp(src.head);
    case 'tiff': {
      const tiffBytes = await src.read(0, Math.min(src.size, 1 << 20));
      const t = readTiff(tiffBytes, 0, tiffBytes.length);
      return t ?? {};
    }
    default:
      return {};
  }
}

function png(b: Uint8Array, size: number): HeaderFacts {
  // Chunks from offset 8; IHDR comes first (Apple's CgBI chunk may precede it).
  let o = 8;
  for (let i = 0; i < 4; i++) {
    if (o + 8 > b.length) return size < o + 8 ? { truncated: true } : {};
    const len = u32be(b, o);
    const type = ascii(b, o + 4, 4);
    if (type === 'IHDR') {
      if (o + 16 > b.length) return size < o + 16 ? { truncated: true } : {};
      return { width: u32be(b, o + 8), height: u32be(b, o + 12) };
    }
    o += 12 + len;
  }
  return {};
}

function webp(b: Uint8Array): HeaderFacts {
  const fourcc = ascii(b, 12, 4);
  const d = 20;
  if (b.length < 30) return { truncated: true };
  if (fourcc === 'VP8 ') {
    if (b[d + 3] !== 0x9d || b[d + 4] !== 0x01 || b[d + 5] !== 0x2a) return {};
    return { width: u16le(b, d + 6) & 0x3fff, height: u16le(b, d + 8) & 0x3fff };
  }
  if (fourcc === 'VP8L') {
    if (b[d] !== 0x2f) return {};
    const bits = u32le(b, d + 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (fourcc === 'VP8X') return { width: u24le(b, d + 4) + 1, height: u24le(b, d + 7) + 1 };
  return {};
}

function bmp(b: Uint8Array): HeaderFacts {
  const dib = u32le(b, 14);
  if (dib === 12) return { width: u16le(b, 18), height: u16le(b, 20) };
  if (b.length < 26) return { truncated: true };
  return { width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
}

function isSof(m: number): boolean {
  return m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
}

/** JPEG: walk the marker segments (bounded) to the first SOFn; read EXIF orientation on the way. */
async function jpeg(src: ByteSource): Promise<HeaderFacts> {
  const out: HeaderFacts = {};
  let o = 2;
  for (let i = 0; i < MAX_SEGMENTS; i++) {
    let b = await src.read(o, 4, SEGMENT_WINDOW);
    // Fill bytes: any number of 0xFF before the marker code.
    while (b.length >= 2 && b[0] === 0xff && b[1] === 0xff) {
      o += 1;
      b = await src.read(o, 4, SEGMENT_WINDOW);
    }
    if (b.length < 2) {
      if (o + 2 > src.size) out.truncated = true;
      return out;
    }
    if (b[0] !== 0xff) return out; // not a marker: corrupt or unsupported
    const marker = b[1]!;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return out; // EOI or scan before any frame header
    if (b.length < 4) {
      if (o + 4 > src.size) out.truncated = true;
      return out;
    }
    const len = u16be(b, 2);
    if (len < 2) return out;
    if (o + 2 + len > src.size) {
      out.truncated = true;
      return out;
    }
    if (isSof(marker)) {
      const sof = await src.read(o + 4, 5);
      if (sof.length < 5) return out;
      const height = u16be(sof, 1);
      const width = u16be(sof, 3);
      if (height > 0) out.height = height; // 0: defined later by DNL; treat as unknown
      if (width > 0) out.width = width;
      return out;
    }
    if (marker === 0xe1 && out.orientation === undefined) {
      const seg = await src.read(o + 4, Math.min(len - 2, 65535));
      if (ascii(seg, 0, 6) === 'Exif\0\0') {
        const tiff = readTiff(seg, 6, seg.length);
        if (tiff?.orientation !== undefined) out.orientation = tiff.orientation;
      }
    }
    o += 2 + len;
  }
  return out;
}

/**
 * TIFF structure (a TIFF file, or EXIF inside JPEG): IFD0's width, height and orientation.
 * `base` is where the TIFF header starts in `b`; offsets inside are relative to it.
 */
export function readTiff(b: Uint8Array, base: number, end: number): HeaderFacts | null {
  const order = ascii(b, base, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  const r16 = (o: number) => (le ? u16le(b, o) : u16be(b, o));
  const r32 = (o: number) => (le ? u32le(b, o) : u32be(b, o));
  if (r16(base + 2) !== 42) return null;
  const ifd = base + r32(base + 4);
  if (ifd + 2 > end) return null;
  const count = Math.min(r16(ifd), MAX_IFD_ENTRIES);
  const out: HeaderFacts = {};
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > end) break;
    const tag = r16(e);
    const type = r16(e + 2);
    const value = type === 3 ? r16(e + 8) : type === 4 ? r32(e + 8) : -1;
    if (value < 0) continue;
    if (tag === 0x0100) out.width = value;
    else if (tag === 0x0101) out.height = value;
    else if (tag === 0x0112 && value >= 1 && value <= 8) out.orientation = value;
  }
  return out;
}

interface Box {
  readonly type: string;
  /** Start of the payload (after size, type and any 64-bit size). */
  readonly body: number;
  readonly end: number;
}

/** Child boxes of `b[start, end)`; stops at the first box that does not fit. */
function boxes(b: Uint8Array, start: number, end: number): Box[] {
  const out: Box[] = [];
  let o = start;
  while (o + 8 <= end && out.length < MAX_BOXES) {
    let size = u32be(b, o);
    const type = ascii(b, o + 4, 4);
    let body = o + 8;
    if (size === 1) {
      if (o + 16 > end) break;
      size = u32be(b, o + 8) * 2 ** 32 + u32be(b, o + 12);
      body = o + 16;
    } else if (size === 0) {
      size = end - o;
    }
    if (size < body - o) break;
    out.push({ type, body, end: o + size });
    o += size;
  }
  return out;
}

/** HEIC/AVIF: the primary item's `ispe` (size) and `irot` (rotation) from meta/iprp. */
async function heif(src: ByteSource): Promise<HeaderFacts> {
  const out: HeaderFacts = {};
  // Top-level boxes: check they fit in the file, and find `meta`.
  let o = 0;
  let meta: Uint8Array | null = null;
  for (let i = 0; i < 64 && o < src.size; i++) {
    const h = await src.read(o, 16, 16);
    if (h.length < 8) {
      out.truncated = true;
      break;
    }
    const top = boxes(h, 0, h.length)[0] ?? { type: ascii(h, 4, 4), body: 8, end: u32be(h, 0) };
    const boxEnd = u32be(h, 0) === 0 ? src.size - o : top.end;
    if (boxEnd < 8) break;
    if (o + boxEnd > src.size) out.truncated = true;
    if (top.type === 'meta' && meta === null) meta = await src.read(o, Math.min(boxEnd, 1 << 20));
    o += boxEnd;
  }
  if (!meta) return out;
  const metaBox = boxes(meta, 0, meta.length)[0];
  if (!metaBox) return out;
  const children = boxes(meta, metaBox.body + 4, Math.min(metaBox.end, meta.length)); // full box: skip version+flags
  const pitm = children.find((c) => c.type === 'pitm');
  const primary = pitm ? (meta[pitm.body] === 0 ? u16be(meta, pitm.body + 4) : u32be(meta, pitm.body + 4)) : -1;
  const iprp = children.find((c) => c.type === 'iprp');
  // A cut-off iprp may have lost the primary's size or its associations (ipma): the sizes left
  // (a thumbnail's) would be taken for the photo's. Say nothing rather than something wrong.
  if (!iprp || iprp.end > meta.length) return out;
  const iprpChildren = boxes(meta, iprp.body, Math.min(iprp.end, meta.length));
  const ipco = iprpChildren.find((c) => c.type === 'ipco');
  if (!ipco) return out;
  const props = boxes(meta, ipco.body, Math.min(ipco.end, meta.length));
  // Properties of the primary item, by 1-based index in ipco.
  const assoc = new Set<number>();
  for (const ipma of iprpChildren.filter((c) => c.type === 'ipma')) {
    const version = meta[ipma.body] ?? 0;
    const wide = ((meta[ipma.body + 3] ?? 0) & 1) === 1;
    let p = ipma.body + 4;
    const entries = u32be(meta, p);
    p += 4;
    for (let i = 0; i < entries && p < ipma.end; i++) {
      const item = version < 1 ? u16be(meta, p) : u32be(meta, p);
      p += version < 1 ? 2 : 4;
      const n = meta[p] ?? 0;
      p += 1;
      for (let j = 0; j < n; j++) {
        const index = wide ? u16be(meta, p) & 0x7fff : (meta[p] ?? 0) & 0x7f;
        p += wide ? 2 : 1;
        if (item === primary) assoc.add(index);
      }
    }
  }
  let best: { w: number; h: number } | null = null;
  props.forEach((prop, i) => {
    const mine = assoc.has(i + 1);
    if (prop.type === 'ispe') {
      const w = u32be(meta, prop.body + 4);
      const h = u32be(meta, prop.body + 8);
      if (mine) best = { w: w, h: h };
      else if (assoc.size === 0 && (!best || w * h > best.w * best.h)) best = { w, h }; // no ipma: the largest
    }
    if (prop.type === 'irot' && mine) {
      const angle = (meta[prop.body] ?? 0) & 3; // anticlockwise quarter turns
      if (angle !== 0) out.orientation = angle === 1 ? 8 : angle === 2 ? 3 : 6;
    }
  });
  const found = best as { w: number; h: number } | null;
  if (found) {
    out.width = found.w;
    out.height = found.h;
  }
  return out;
}
