/**
 * Synthetic attachments with realistic headers and sizes (a phone photo with EXIF, a screenshot,
 * a WebP, a GIF, a PDF). Deterministic bytes; the bodies are noise, only the headers matter.
 */
import { rng } from './stats.ts';

function noise(n: number, seed: number): Uint8Array<ArrayBuffer> {
  const r = rng(seed);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 255); // never 0xff: no stray JPEG markers
  return b;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const bytes = (...v: number[]): Uint8Array => Uint8Array.from(v);
const ascii = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const be16 = (v: number): number[] => [(v >> 8) & 255, v & 255];
const be32 = (v: number): number[] => [(v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];
const le32 = (v: number): number[] => [v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255];
const le24 = (v: number): number[] => [v & 255, (v >> 8) & 255, (v >> 16) & 255];

function segment(marker: number, payload: Uint8Array): Uint8Array {
  return concat([bytes(0xff, marker, ...be16(payload.length + 2)), payload]);
}

/** A 12 MP phone photo: EXIF (orientation 6 = rotated), an ICC profile, SOF0 4032×3024. */
function jpeg(size: number): Uint8Array<ArrayBuffer> {
  // TIFF header (little-endian) with one IFD entry: Orientation (0x0112) = 6.
  const tiff = bytes(0x49, 0x49, 0x2a, 0x00, ...le32(8), 1, 0, 0x12, 0x01, 3, 0, ...le32(1), 6, 0, 0, 0, ...le32(0));
  const app1 = segment(0xe1, concat([ascii('Exif\0\0'), tiff]));
  const app2 = segment(0xe2, concat([ascii('ICC_PROFILE\0'), bytes(1, 1), noise(3000, 11)]));
  const dqt = segment(0xdb, concat([bytes(0), noise(64, 12)]));
  const sof = segment(0xc0, bytes(8, ...be16(3024), ...be16(4032), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1));
  const dht = segment(0xc4, concat([bytes(0), noise(28, 13)]));
  const sos = segment(0xda, bytes(3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0));
  const head = concat([bytes(0xff, 0xd8), app1, app2, dqt, sof, dht, sos]);
  return concat([head, noise(size - head.length - 2, 14), bytes(0xff, 0xd9)]);
}

/** A phone screenshot: PNG 1170×2532. */
function png(size: number): Uint8Array<ArrayBuffer> {
  const ihdr = concat([
    bytes(...be32(13)),
    ascii('IHDR'),
    bytes(...be32(1170), ...be32(2532), 8, 6, 0, 0, 0),
    noise(4, 21),
  ]);
  const iend = concat([bytes(...be32(0)), ascii('IEND'), bytes(0xae, 0x42, 0x60, 0x82)]);
  const idatLen = size - 8 - ihdr.length - iend.length - 12;
  const idat = concat([bytes(...be32(idatLen)), ascii('IDAT'), noise(idatLen, 22), noise(4, 23)]);
  return concat([bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), ihdr, idat, iend]);
}

/** WebP (VP8X, 1080×1920). */
function webp(size: number): Uint8Array<ArrayBuffer> {
  const vp8x = concat([ascii('VP8X'), bytes(...le32(10), 0x10, 0, 0, 0, ...le24(1079), ...le24(1919))]);
  const head = concat([ascii('RIFF'), bytes(...le32(size - 8)), ascii('WEBP'), vp8x]);
  return concat([head, noise(size - head.length, 31)]);
}

/** An animated GIF 480×270. */
function gif(size: number): Uint8Array<ArrayBuffer> {
  const head = concat([ascii('GIF89a'), bytes(0xe0, 0x01, 0x0e, 0x01, 0xf7, 0, 0)]);
  return concat([head, noise(size - head.length - 1, 41), bytes(0x3b)]);
}

/** A PDF receipt. */
function pdf(size: number): Uint8Array<ArrayBuffer> {
  const head = ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
  const tail = ascii('\ntrailer\n<< /Root 1 0 R >>\nstartxref\n123\n%%EOF\n');
  return concat([head, noise(size - head.length - tail.length, 51), tail]);
}

/** The benchmark's attachments, as DOM-like `File`s (Node 20 has `File`). */
export function makeFiles(): File[] {
  const make = (name: string, type: string, data: Uint8Array<ArrayBuffer>): File => new File([data], name, { type });
  return [
    make('IMG_20240503_101512.jpg', 'image/jpeg', jpeg(2_400_000)),
    make('Screenshot_2024-05-03.png', 'image/png', png(700_000)),
    make('chat.webp', 'image/webp', webp(160_000)),
    make('error.gif', 'image/gif', gif(200_000)),
    make('receipt.pdf', 'application/pdf', pdf(300_000)),
  ];
}
