import { acceptLabels, matchesAccept, parseAccept } from '../../files/accept.ts';
import { formatList } from '../../files/format.ts';
import type { Finding } from '../types.ts';
import { asRecord, fileParams, finding, readable, readSeverity, realLabel } from './common.ts';
import type { AttachmentRule } from './types.ts';

export interface InputConstraintsOptions {
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'file-input-constraints';

/** The page's own `accept` and `multiple`: what the form's server most likely enforces. */
export const fileInputConstraints: AttachmentRule<InputConstraintsOptions> = {
  id: ID,
  defaults: { severity: 'error' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    return { severity: readSeverity(o.severity, 'error', ID) };
  },
  check(files, input, options): Finding[] {
    const out: Finding[] = [];
    if (!input.multiple && files.length > 1) {
      out.push(finding(ID, options.severity, 'hint.file.not-multiple', { count: files.length }));
    }
    const tokens = parseAccept(input.accept);
    if (tokens.length === 0) return out;
    const accepted = formatList(acceptLabels(tokens), input.locale ?? 'en');
    files.forEach((f, i) => {
      if (!readable(f)) return;
      if (matchesAccept(f, tokens)) return;
      out.push(
        finding(ID, options.severity, 'hint.file.not-accepted', { ...fileParams(f, i), real: realLabel(f), accepted }),
      );
    });
    return out;
  },
};
