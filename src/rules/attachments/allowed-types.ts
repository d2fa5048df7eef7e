import { FORMATS } from '../../files/formats.ts';
import { formatList } from '../../files/format.ts';
import type { SniffedType } from '../../files/types.ts';
import type { Finding } from '../types.ts';
import { asRecord, claimedType, fileParams, finding, readable, readSeverity } from './common.ts';
import type { AttachmentRule } from './types.ts';

type Known = Exclude<SniffedType, 'unknown'>;

export interface AllowedTypesOptions {
  /** Formats the service takes (WhatsApp: jpeg, png), judged by the real type. */
  readonly allowed: readonly Known[];
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'file-types';

/**
 * Only the service's formats. The real type decides (a HEIC named `.png` is a HEIC); a file
 * we could not sniff is judged by its name, then its MIME type.
 */
export const fileTypes: AttachmentRule<AllowedTypesOptions> = {
  id: ID,
  defaults: { allowed: ['jpeg', 'png'], severity: 'error' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    const raw = o.allowed ?? ['jpeg', 'png'];
    if (!Array.isArray(raw) || raw.length === 0 || !raw.every((t) => typeof t === 'string' && t in FORMATS)) {
      throw new Error(`${ID}: allowed must be a non-empty list of ${Object.keys(FORMATS).join(', ')}`);
    }
    return { allowed: [...new Set(raw as Known[])], severity: readSeverity(o.severity, 'error', ID) };
  },
  check(files, input, options): Finding[] {
    const out: Finding[] = [];
    const allowed = formatList([...new Set(options.allowed.map((t) => FORMATS[t].label))], input.locale ?? 'en', 'or');
    files.forEach((f, i) => {
      if (!readable(f)) return;
      const type = f.sniffedType !== 'unknown' ? f.sniffedType : claimedType(f);
      if (type === null) {
        out.push(finding(ID, options.severity, 'hint.file.unknown-type', { ...fileParams(f, i), allowed }));
      } else if (!options.allowed.includes(type)) {
        const real = FORMATS[type].label;
        out.push(finding(ID, options.severity, 'hint.file.type-not-allowed', { ...fileParams(f, i), real, allowed }));
      }
    });
    return out;
  },
};
