import { z } from 'zod/mini';

/**
 * Validates a rule's options with its zod/mini schema. Missing options take the schema's
 * defaults; bad ones throw `"<rule>: <path>: <problem>"` so a broken profile is easy to fix.
 */
export function parseRuleOptions<T>(ruleId: string, schema: z.ZodMiniType<T>, input: unknown): T {
  const result = z.safeParse(schema, input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(options)';
  throw new Error(`${ruleId}: ${path}: ${issue?.message ?? 'invalid options'}`);
}
