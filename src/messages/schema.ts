import { z } from 'zod';

/** Everything that crosses a context boundary is parsed with these on receipt. */

const ReasonSchema = z.object({
  code: z.string().max(100),
  params: z.record(z.string().max(50), z.union([z.string().max(200), z.number()])),
  evidence: z.array(z.string().max(200)).max(20),
});

export const AssessmentSchema = z.object({
  level: z.enum(['danger', 'caution', 'none']),
  reasons: z.array(ReasonSchema).max(20),
});

/** Content script → background: what this page is, after detection and assessment. */
export const TabReportSchema = z.object({
  type: z.literal('tab-report'),
  url: z.string().max(4096),
  assessment: AssessmentSchema,
  supportForms: z.number().int().min(0).max(1000),
  profileId: z.string().max(50),
});

/** Popup → background: the state of a tab (by id, or by the page URL the content script reported). */
export const GetTabStateSchema = z.object({
  type: z.literal('get-tab-state'),
  tabId: z.number().int().optional(),
  url: z.string().max(4096).optional(),
});

/** Content script → background: this frame needs the full checker injected. */
export const LoadCheckerSchema = z.object({ type: z.literal('load-checker') });

export const MessageSchema = z.discriminatedUnion('type', [TabReportSchema, GetTabStateSchema, LoadCheckerSchema]);

export type TabReport = z.infer<typeof TabReportSchema>;
export type GetTabState = z.infer<typeof GetTabStateSchema>;
export type LoadChecker = z.infer<typeof LoadCheckerSchema>;
export type Message = z.infer<typeof MessageSchema>;

/** What the background knows about a tab; also the reply to get-tab-state. */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  assessment: AssessmentSchema,
  supportForms: z.number().int().min(0),
  profileId: z.string(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const TabStateReplySchema = z.object({ state: TabStateSchema.nullable() });
export type TabStateReply = z.infer<typeof TabStateReplySchema>;
