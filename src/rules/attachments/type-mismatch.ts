import { FORMATS, sameFamily } from '../../files/formats.ts';
import type { Finding } from '../types.ts';
import { asRecord, claimedType, fileParams, finding, readable, readSeverity } from './common.ts';
import type { AttachmentRule } from './types.ts';

export interface TypeMismatchOptions {
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'file-type-mismatch';

/**
 * The real type (magic bytes) against what the name, else the MIME type, claims: a PDF renamed
 * `.jpg`, a HEIC named `.png`, a WebP from a share sheet named `.jpg`; or a `.png` that is no
 * image at all. Names we cannot judge (`.docx`, no extension) claim nothing.
 */
export const fileTypeMismatch: AttachmentRule<TypeMismatchOptions> = {
  id: ID,
  defaults: { severity: 'warn' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    return { severity: readSeverity(o.severity, 'warn', ID) };
  },
  check(files, _input, options): Finding[] {
    const out: Finding[] = [];
    files.forEach((f, i) => {
      if (!readable(f)) return;
      const claimed = claimedType(f);
      if (claimed === null) return;
      const named = FORMATS[claimed].label;
      if (f.sniffedType === 'unknown') {
        out.push(finding(ID, options.severity, 'hint.file.unrecognized', { ...fileParams(f, i), named }));
      } else if (!sameFamily(claimed, f.sniffedType)) {
        const real = FORMATS[f.sniffedType].label;
        out.push(finding(ID, options.severity, 'hint.file.type-mismatch', { ...fileParams(f, i), real, named }));
      }
    });
    return out;
  },
};
