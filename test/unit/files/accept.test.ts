import { describe, expect, it } from 'vitest';
import { acceptLabels, matchesAccept, parseAccept } from '../../../src/files/accept.ts';
import { extensionOf } from '../../../src/files/formats.ts';
import type { FileFacts, SniffedType } from '../../../src/files/types.ts';

function facts(name: string, sniffedType: SniffedType, declaredMime = ''): FileFacts {
  return { name, size: 10, declaredMime, extension: extensionOf(name), sniffedType, problems: [] };
}

describe('parseAccept', () => {
  it('keeps extensions, MIME types and wildcards; drops junk', () => {
    expect(parseAccept(' .JPG, image/png ,image/*,, garbage, .tar.gz ,<script>')).toEqual([
      '.jpg',
      'image/png',
      'image/*',
      '.tar.gz',
    ]);
    expect(parseAccept('')).toEqual([]);
    expect(parseAccept(undefined as unknown as string)).toEqual([]);
    expect(parseAccept('.a,'.repeat(10_000)).length).toBeLessThanOrEqual(64);
  });
});

describe('matchesAccept', () => {
  const png = facts('a.png', 'png', 'image/png');
  const pdfAsJpg = facts('receipt.jpg', 'pdf', 'image/jpeg');
  const heicAsPng = facts('photo.png', 'heic', 'image/png');
  const webpAsJpg = facts('shared.jpg', 'webp', 'image/jpeg');

  it('judges the real type first', () => {
    expect(matchesAccept(png, parseAccept('.jpg,.png'))).toBe(true);
    expect(matchesAccept(png, parseAccept('image/png'))).toBe(true);
    expect(matchesAccept(png, parseAccept('image/*'))).toBe(true);
    expect(matchesAccept(pdfAsJpg, parseAccept('.jpg,.png'))).toBe(false);
    expect(matchesAccept(pdfAsJpg, parseAccept('image/*'))).toBe(false);
    expect(matchesAccept(pdfAsJpg, parseAccept('image/*,.pdf'))).toBe(true);
    expect(matchesAccept(heicAsPng, parseAccept('.png'))).toBe(false);
    expect(matchesAccept(heicAsPng, parseAccept('image/*'))).toBe(true);
    expect(matchesAccept(webpAsJpg, parseAccept('image/jpeg,image/png'))).toBe(false);
    expect(matchesAccept(facts('a.jpeg', 'jpeg'), parseAccept('.jpg'))).toBe(true);
    expect(matchesAccept(facts('a.heif', 'avif'), parseAccept('.heic'))).toBe(true);
  });

  it('falls back to MIME, then extension, for formats it cannot sniff', () => {
    const docx = facts('report.docx', 'zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(matchesAccept(docx, parseAccept('.docx,.pdf'))).toBe(true);
    expect(matchesAccept(docx, parseAccept('application/*'))).toBe(true);
    expect(matchesAccept(docx, parseAccept('image/*'))).toBe(false);
    const video = facts('clip.mp4', 'unknown', 'video/mp4');
    expect(matchesAccept(video, parseAccept('video/*'))).toBe(true);
    expect(matchesAccept(video, parseAccept('image/*'))).toBe(false);
    const noMime = facts('notes.txt', 'unknown');
    expect(matchesAccept(noMime, parseAccept('.txt'))).toBe(true);
    expect(matchesAccept(noMime, parseAccept('text/plain'))).toBe(false);
    const damagedJpg = facts('broken.jpg', 'unknown', 'image/jpeg');
    expect(matchesAccept(damagedJpg, parseAccept('.jpeg'))).toBe(true);
    expect(matchesAccept(facts('x.png', 'unknown'), parseAccept('image/png'))).toBe(true);
  });

  it('no accept: everything', () => {
    expect(matchesAccept(pdfAsJpg, [])).toBe(true);
  });
});

describe('acceptLabels', () => {
  it('names formats as people do', () => {
    expect(acceptLabels(parseAccept('.jpg,.jpeg,image/png,.docx,image/*'))).toEqual(['JPG', 'PNG', 'DOCX', 'image/*']);
  });
});
