/**
 * How much of a page's text the scam assessment reads, shared with the focused collection
 * (`collectPage`'s `focus` option), which keeps only what these bounds let the assessment
 * see. Plain numbers, no imports, so that sharing them costs the collector nothing.
 */

/** The assessment reads the text around the first this many brand mentions. */
export const MAX_BRAND_HITS = 60;
/** Characters it reads on each side of a mention. */
export const WINDOW = 400;
/** It stops adding mentions once their windows cover this many characters. */
export const MAX_CONTEXT = 32_000;
/**
 * On a page whose title or main heading names the brand, the start of the text is read too,
 * this many characters: such a page is about the brand all through, not only near its mentions.
 */
export const TOPIC_HEAD = 3000;
