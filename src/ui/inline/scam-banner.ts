/**
 * The in-page warning for scam pages: a banner fixed at the top of the viewport and
 * outlines drawn over the fake phone numbers where they appear. Both live in closed
 * shadow roots of our own elements; the page's text, layout and `tel:` links are never
 * changed (the outlines are an overlay with pointer-events: none). The banner comes back
 * if the page removes or hides it, until the person dismisses it for this page.
 */

export interface BannerContent {
  readonly title: string;
  readonly reasons: readonly string[];
  readonly advice: string;
  readonly dismissLabel: string;
  readonly brand: string;
  /** Exact strings of the fake numbers, as they appear in the page's text. */
  readonly numbers: readonly string[];
}

const BANNER_CSS = `
:host { all: initial; }
.banner {
  box-sizing: border-box; display: flex; gap: 12px; align-items: flex-start; width: 100%;
  padding: 10px 16px; background: #b3261e; color: #fff; border-bottom: 3px solid #601410;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK TC", sans-serif;
  box-shadow: 0 2px 8px rgba(0,0,0,.35);
}
.icon { font-size: 22px; line-height: 1; }
.main { flex: 1 1 auto; }
.brand { font-size: 11px; font-weight: 600; opacity: .85; text-transform: uppercase; letter-spacing: .04em; }
h2 { font-size: 16px; margin: 2px 0 4px; }
ul { margin: 0; padding-left: 18px; }
.advice { margin-top: 4px; font-weight: 600; }
button { font: inherit; cursor: pointer; background: #fff; color: #601410; border: 0; border-radius: 4px; padding: 4px 10px; }
button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
`;

const MARK_CSS = `
:host { all: initial; }
.mark { position: fixed; box-sizing: border-box; border: 3px solid #d93025; border-radius: 4px;
  background: rgba(217, 48, 37, .12); pointer-events: none; }
`;

const MAX_MARKS = 40;
const MAX_REASSERTS = 100;
const MAX_TEXT_NODES = 20_000;

function styled(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = css;
  return style;
}

function pin(host: HTMLElement, props: Record<string, string>): void {
  for (const [k, v] of Object.entries(props)) host.style.setProperty(k, v, 'important');
}

export class ScamBanner {
  private readonly banner: HTMLElement;
  private readonly marks: HTMLElement;
  private readonly markLayer: HTMLDivElement;
  private readonly observer: MutationObserver | null;
  private dismissed = false;
  private reasserts = 0;
  private ranges: Range[] = [];
  private frame = 0;
  private readonly onMove = (): void => this.scheduleMarks();

  constructor(
    private readonly doc: Document,
    private readonly content: BannerContent,
  ) {
    this.banner = doc.createElement('support-shield-banner');
    const shadow = this.banner.attachShadow({ mode: 'closed' });
    const box = doc.createElement('div');
    box.className = 'banner';
    box.setAttribute('role', 'alert');
    const icon = doc.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '⚠';
    const main = doc.createElement('div');
    main.className = 'main';
    const brand = doc.createElement('div');
    brand.className = 'brand';
    brand.textContent = content.brand;
    const title = doc.createElement('h2');
    title.textContent = content.title;
    const list = doc.createElement('ul');
    for (const r of content.reasons) {
      const li = doc.createElement('li');
      li.textContent = r;
      list.append(li);
    }
    const advice = doc.createElement('div');
    advice.className = 'advice';
    advice.textContent = content.advice;
    main.append(brand, title, list, advice);
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = content.dismissLabel;
    close.addEventListener('click', (e) => {
      if (e.isTrusted) this.dismiss();
    });
    box.append(icon, main, close);
    shadow.append(styled(doc, BANNER_CSS), box);

    this.marks = doc.createElement('support-shield-marks');
    const markShadow = this.marks.attachShadow({ mode: 'closed' });
    this.markLayer = doc.createElement('div');
    markShadow.append(styled(doc, MARK_CSS), this.markLayer);

    const view = doc.defaultView;
    this.observer = view
      ? new view.MutationObserver(() => {
          this.reassert();
        })
      : null;
  }

  show(): void {
    if (this.dismissed) return;
    this.attach();
    this.ranges = findRanges(this.doc, this.content.numbers);
    this.drawMarks();
    this.observer?.observe(this.doc.documentElement, { childList: true });
    this.observer?.observe(this.banner, { attributes: true });
    this.observer?.observe(this.marks, { attributes: true });
    const view = this.doc.defaultView;
    view?.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    view?.addEventListener('resize', this.onMove, { passive: true });
  }

  dismiss(): void {
    this.dismissed = true;
    this.observer?.disconnect();
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.onMove, { capture: true });
    view?.removeEventListener('resize', this.onMove);
    this.banner.remove();
    this.marks.remove();
  }

  get isDismissed(): boolean {
    return this.dismissed;
  }

  private attach(): void {
    pin(this.banner, {
      position: 'fixed',
      top: '0',
      left: '0',
      right: '0',
      'z-index': '2147483647',
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      transform: 'none',
      'clip-path': 'none',
    });
    pin(this.marks, {
      position: 'fixed',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      'z-index': '2147483646',
      display: 'block',
      'pointer-events': 'none',
    });
    const root = this.doc.documentElement;
    if (!this.marks.isConnected) root.append(this.marks);
    if (!this.banner.isConnected || root.lastElementChild !== this.banner) root.append(this.banner);
  }

  /** The page removed or restyled our elements: put them back (bounded, so a hostile loop ends). */
  private reassert(): void {
    if (this.dismissed || this.reasserts >= MAX_REASSERTS) return;
    const intact =
      this.banner.isConnected &&
      this.marks.isConnected &&
      this.banner.style.getPropertyValue('display') === 'block' &&
      this.banner.style.getPropertyPriority('display') === 'important' &&
      this.banner.style.getPropertyValue('opacity') === '1';
    if (intact) return;
    this.reasserts++;
    this.observer?.disconnect();
    this.banner.removeAttribute('style');
    this.marks.removeAttribute('style');
    this.attach();
    this.observer?.observe(this.doc.documentElement, { childList: true });
    this.observer?.observe(this.banner, { attributes: true });
    this.observer?.observe(this.marks, { attributes: true });
  }

  private scheduleMarks(): void {
    const view = this.doc.defaultView;
    if (this.frame || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.drawMarks();
    });
  }

  private drawMarks(): void {
    const boxes: HTMLDivElement[] = [];
    for (const range of this.ranges) {
      for (const rect of Array.from(range.getClientRects())) {
        if (boxes.length >= MAX_MARKS || rect.width === 0) continue;
        const box = this.doc.createElement('div');
        box.className = 'mark';
        box.style.left = `${rect.left - 3}px`;
        box.style.top = `${rect.top - 3}px`;
        box.style.width = `${rect.width + 6}px`;
        box.style.height = `${rect.height + 6}px`;
        boxes.push(box);
      }
    }
    this.markLayer.replaceChildren(...boxes);
  }
}

/** Ranges over every occurrence of the given strings in the page's visible text nodes (bounded). */
export function findRanges(doc: Document, needles: readonly string[]): Range[] {
  const wanted = needles.map((n) => n.trim()).filter((n) => n.length >= 6);
  if (wanted.length === 0 || !doc.body) return [];
  const ranges: Range[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    const text = node.nodeValue ?? '';
    for (const needle of wanted) {
      let from = 0;
      for (let at = text.indexOf(needle, from); at >= 0 && ranges.length < MAX_MARKS; at = text.indexOf(needle, from)) {
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        ranges.push(range);
        from = at + needle.length;
      }
    }
    if (ranges.length >= MAX_MARKS) break;
  }
  return ranges;
}
