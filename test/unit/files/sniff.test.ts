import { describe, expect, it } from 'vitest';
import { sniffType } from '../../../src/files/sniff.ts';
import { extensionOf, typeOfExtension, typeOfMime } from '../../../src/files/formats.ts';
import {
  makeBmp,
  makeGif,
  makeHeif,
  makeJpeg,
  makePdf,
  makePng,
  makeTiff,
  makeWebp,
  pseudoRandomBytes,
} from '../../helpers/images.ts';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('sniffType', () => {
  it.each([
    ['png', makePng({ width: 4, height: 4 })],
    ['jpeg', makeJpeg({ width: 8, height: 8 })],
    ['gif', makeGif({ width: 2, height: 2 })],
    ['webp', makeWebp({ width: 2, height: 2, kind: 'VP8' })],
    ['webp', makeWebp({ width: 2, height: 2, kind: 'VP8L' })],
    ['webp', makeWebp({ width: 2, height: 2, kind: 'VP8X' })],
    ['heic', makeHeif({ width: 2, height: 2 })],
    ['avif', makeHeif({ width: 2, height: 2, brand: 'avif' })],
    ['pdf', makePdf()],
    ['bmp', makeBmp({ width: 2, height: 2 })],
    ['tiff', makeTiff({ width: 2, height: 2 })],
    ['zip', Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0, 0, 0)],
    ['zip', Uint8Array.of(0x50, 0x4b, 5, 6, 0, 0, 0, 0)],
  ] as const)('%s', (want, bytes) => {
    expect(sniffType(bytes)).toBe(want);
  });

  it('does not take look-alikes for formats', () => {
    expect(sniffType(new Uint8Array(0))).toBe('unknown');
    expect(sniffType(ascii('BMW owners manual, page 1'))).toBe('unknown');
    expect(sniffType(ascii('PK is not a zip'))).toBe('unknown');
    expect(sniffType(ascii('hello world'))).toBe('unknown');
    // An MP4 video is ISO-BMFF too, but no image.
    expect(sniffType(Uint8Array.of(0, 0, 0, 20, ...ascii('ftypisom'), 0, 0, 2, 0, ...ascii('isom')))).toBe('unknown');
    for (let seed = 1; seed < 50; seed++) {
      expect(sniffType(pseudoRandomBytes(256, seed))).toBe('unknown');
    }
  });

  it('finds %PDF- after a little leading junk', () => {
    expect(sniffType(ascii('\r\n\r\n%PDF-1.7\n'))).toBe('pdf');
  });

  it('an AVIF that also lists mif1 and a HEIF file with a generic major brand', () => {
    const ftyp = (brands: string[]) => {
      const body = ascii(brands[0]! + '\0\0\0\0' + brands.slice(1).join(''));
      return Uint8Array.of(0, 0, 0, 8 + body.length, ...ascii('ftyp'), ...body);
    };
    expect(sniffType(ftyp(['mif1', 'mif1', 'avif']))).toBe('avif');
    expect(sniffType(ftyp(['mif1', 'mif1', 'heic']))).toBe('heic');
    expect(sniffType(ftyp(['heix', 'mif1', 'heix']))).toBe('heic');
  });
});

describe('names and MIME types', () => {
  it('extensionOf', () => {
    expect(extensionOf('Screenshot 3.PNG')).toBe('png');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('dir.d/file')).toBe('');
    expect(extensionOf('name.')).toBe('');
  });
  it('typeOfExtension / typeOfMime', () => {
    expect(typeOfExtension('JPEG')).toBe('jpeg');
    expect(typeOfExtension('jfif')).toBe('jpeg');
    expect(typeOfExtension('heif')).toBe('heic');
    expect(typeOfExtension('docx')).toBeNull();
    expect(typeOfMime('image/jpg')).toBe('jpeg');
    expect(typeOfMime('Application/PDF; charset=binary')).toBe('pdf');
    expect(typeOfMime('text/plain')).toBeNull();
  });
});
