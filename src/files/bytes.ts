import type { FileLike } from './types.ts';

export function u16be(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0);
}
export function u16le(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
export function u24le(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16);
}
export function u32be(b: Uint8Array, o: number): number {
  return (((b[o] ?? 0) << 24) >>> 0) + (((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0));
}
export function u32le(b: Uint8Array, o: number): number {
  return (((b[o + 3] ?? 0) << 24) >>> 0) + (((b[o + 2] ?? 0) << 16) | ((b[o + 1] ?? 0) << 8) | (b[o] ?? 0));
}
export function i32le(b: Uint8Array, o: number): number {
  return u32le(b, o) | 0;
}
/** Latin-1 text of `len` bytes at `o` (for four-character codes and signatures). */
export function ascii(b: Uint8Array, o: number, len: number): string {
  let s = '';
  for (let i = o; i < o + len && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}
/** Index of `needle` (Latin-1) in `b` from `from`, or -1. */
export function indexOfAscii(b: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = Math.max(0, from); i + needle.length <= b.length; i++) {
    if (b[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/**
 * Random access to a file's bytes with a read budget. The head (first `headBytes`) is read
 * once; reads outside it fetch a window of their own, and stop once `maxBytes` were read.
 * `read` never throws for budget or EOF reasons: it returns fewer bytes (possibly none).
 * A browser read error propagates (the caller marks the file unreadable).
 */
export class ByteSource {
  private bytesRead = 0;
  private window: { start: number; bytes: Uint8Array } | null = null;

  constructor(
    private readonly file: FileLike,
    readonly head: Uint8Array,
    private readonly maxBytes: number,
  ) {
    this.bytesRead = head.length;
  }

  get size(): number {
    return this.file.size;
  }

  static async open(file: FileLike, headBytes: number, maxBytes: number): Promise<ByteSource> {
    const head = await readRange(file, 0, Math.min(file.size, headBytes));
    return new ByteSource(file, head, maxBytes);
  }

  /** Up to `length` bytes at `offset` (fewer at end of file or when the budget is spent). */
  async read(offset: number, length: number, windowBytes = 65536): Promise<Uint8Array> {
    const end = Math.min(this.file.size, offset + length);
    if (offset < 0 || offset >= end) return new Uint8Array(0);
    if (end <= this.head.length) return this.head.subarray(offset, end);
    const w = this.window;
    if (w && offset >= w.start && end <= w.start + w.bytes.length) {
      return w.bytes.subarray(offset - w.start, end - w.start);
    }
    const budget = this.maxBytes - this.bytesRead;
    if (budget <= 0) return new Uint8Array(0);
    const want = Math.min(Math.max(end - offset, windowBytes), budget, this.file.size - offset);
    const bytes = await readRange(this.file, offset, offset + want);
    this.bytesRead += bytes.length;
    this.window = { start: offset, bytes };
    return bytes.subarray(0, Math.min(bytes.length, end - offset));
  }
}

export async function readRange(file: FileLike, start: number, end: number): Promise<Uint8Array> {
  if (end <= start) return new Uint8Array(0);
  const view = new Uint8Array(await file.slice(start, end).arrayBuffer());
  // In Firefox content scripts the buffer belongs to the page's compartment, where a
  // typed array's species lookup (subarray, slice) is denied: then copy into our own array.
  try {
    view.subarray(0, 0);
    return view;
  } catch {
    const own = new Uint8Array(view.length);
    own.set(view);
    return own;
  }
}
