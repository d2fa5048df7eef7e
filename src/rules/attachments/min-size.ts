import { FORMATS } from '../../files/formats.ts';
import type { Finding } from '../types.ts';
import { asRecord, fileParams, finding, readable, readPositiveInt, readSeverity } from './common.ts';
import type { AttachmentRule } from './types.ts';

export interface MinSizeOptions {
  /** Smallest short side in px (720: "720p"). */
  readonly minShortSide: number;
  readonly severity: 'info' | 'warn' | 'error';
}

const ID = 'image-min-size';

/** Images whose short side is below the minimum: text in them may be unreadable. */
export const imageMinSize: AttachmentRule<MinSizeOptions> = {
  id: ID,
  defaults: { minShortSide: 720, severity: 'info' },
  parseOptions(input) {
    const o = asRecord(input, ID);
    return {
      minShortSide: readPositiveInt(o.minShortSide, 720, ID, 'minShortSide', 100_000),
      severity: readSeverity(o.severity, 'info', ID),
    };
  },
  check(files, _input, options): Finding[] {
    const out: Finding[] = [];
    files.forEach((f, i) => {
      if (!readable(f) || f.sniffedType === 'unknown' || !FORMATS[f.sniffedType].image) return;
      if (f.width === undefined || f.height === undefined) return;
      if (Math.min(f.width, f.height) >= options.minShortSide) return;
      out.push(
        finding(ID, options.severity, 'hint.file.low-resolution', {
          ...fileParams(f, i),
          width: f.width,
          height: f.height,
          min: options.minShortSide,
        }),
      );
    });
    return out;
  },
};
