import type { TabReport } from './schema.ts';

/**
 * The report a top frame sends when it found nothing: no support form, no warning. In its own
 * module (types only from the schema), so the always-on script and the detector do not bundle zod.
 */
export function nothingHereReport(url: string): TabReport {
  return {
    type: 'tab-report',
    url,
    assessment: { level: 'none', reasons: [] },
    supportForms: 0,
    issues: 0,
    profileId: 'generic',
  };
}
