import { ascii, indexOfAscii, u32be, u32le } from './bytes.ts';
import type { SniffedType } from './types.ts';

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The brands of an ISO-BMFF `ftyp` box at the start of `b` (major first), or null. */
export function ftypBrands(b: Uint8Array): string[] | null {
  if (b.length < 12 || ascii(b, 4, 4) !== 'ftyp') return null;
  const size = Math.min(u32be(b, 0), b.length, 4096);
  if (size < 12) return null;
  const brands = [ascii(b, 8, 4)];
  for (let o = 16; o + 4 <= size; o += 4) brands.push(ascii(b, o, 4));
  return brands;
}

/** The real format from the first bytes (at least 64 are useful; PDF allows up to 1 KiB of junk first). */
export function sniffType(b: Uint8Array): SniffedType {
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  const six = ascii(b, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  const brands = ftypBrands(b);
  if (brands) {
    // The major brand decides; else any compatible one (AVIF files list mif1 too).
    const major = brands[0]!;
    if (AVIF_BRANDS.has(major)) return 'avif';
    if (HEIC_BRANDS.has(major) && major !== 'mif1' && major !== 'msf1') return 'heic';
    if (brands.some((x) => AVIF_BRANDS.has(x))) return 'avif';
    if (brands.some((x) => HEIC_BRANDS.has(x))) return 'heic';
    return 'unknown'; // a video or another ISO-BMFF file
  }
  const pdfAt = indexOfAscii(b.subarray(0, 1024), '%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (
    b.length >= 4 &&
    b[0] === 0x50 &&
    b[1] === 0x4b &&
    (b[2] === 3 || b[2] === 5 || b[2] === 7) &&
    b[3] === b[2] + 1
  ) {
    return 'zip';
  }
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d && [12, 40, 52, 56, 64, 108, 124].includes(u32le(b, 14))) {
    return 'bmp';
  }
  const four = ascii(b, 0, 4);
  if (four === 'II*\0' || four === 'MM\0*') return 'tiff';
  return 'unknown';
}
