import type { PageInput } from '../scam/assess.ts';

const MAX_LINKS = 2000;
const MAX_TEXT = 1_000_000;

/** Reads what the scam assessment needs from a document; bounded, never throws. */
export function collectPage(doc: Document, url: string): PageInput {
  try {
    const body = doc.body;
    const text = body ? (body.innerText ?? body.textContent ?? '') : '';
    const links: string[] = [];
    for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
      links.push(a.getAttribute('href') ?? '');
    }
    return { url, title: doc.title ?? '', text: text.slice(0, MAX_TEXT), links };
  } catch {
    return { url, title: '', text: '', links: [] };
  }
}
