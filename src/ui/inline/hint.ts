/**
 * One inline hint anchored below a form field. Plain DOM (no framework) in a
 * closed shadow root so the page can neither style nor read it; text only
 * through textContent. It never moves or changes the page's own elements.
 */

export interface HintContent {
  readonly severity: 'info' | 'warn' | 'error';
  readonly message: string;
  /** Further lines (one per file, for attachments), shown as a list under the message. */
  readonly items?: readonly string[];
  /** Privacy leaks: announced assertively (role=alert) instead of politely. */
  readonly urgent?: boolean;
  readonly fixLabel?: string;
  readonly dismissLabel: string;
  readonly brand: string;
}

export interface HintCallbacks {
  onFix(): void;
  onDismiss(): void;
}

const CSS = `
:host { all: initial; }
/* Clicks pass through the hint to the page (it may sit over another field), except on its buttons. */
.hint { pointer-events: none; }
button { pointer-events: auto; }
.hint {
  box-sizing: border-box; display: flex; flex-direction: column; gap: 2px;
  max-width: min(560px, calc(100vw - 16px)); padding: 6px 8px; border-radius: 6px;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK TC", sans-serif;
  background: #fff8e1; color: #3b2f00; border: 1px solid #e0b400; box-shadow: 0 2px 6px rgba(0,0,0,.18);
}
.hint.error { background: #fdecea; color: #5f1410; border-color: #d93025; }
.hint.info { background: #e8f0fe; color: #0b2a5c; border-color: #4c8bf5; }
.head, .body { display: flex; gap: 8px; align-items: center; }
.body { flex-wrap: wrap; }
.brand { flex: 1 1 auto; font-weight: 600; font-size: 11px; opacity: .75; }
.msg { flex: 1 1 auto; }
ul { margin: 2px 0 0; padding-left: 18px; }
ul:empty { display: none; }
button { font: inherit; cursor: pointer; border-radius: 4px; padding: 2px 8px; }
.fix { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; }
.dismiss { background: transparent; color: inherit; border: 1px solid transparent; padding: 0 6px; line-height: 1.2; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .hint { background: #3b3000; color: #ffecb3; border-color: #c9a100; }
  .hint.error { background: #4a1512; color: #fdd; border-color: #f28b82; }
  .hint.info { background: #172b4d; color: #d2e3fc; border-color: #8ab4f8; }
  .fix { background: #8ab4f8; color: #0b1a33; border-color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) { .hint { transition: opacity .12s; } }
`;

export const HINT_TAG = 'support-shield-hint';

export class InlineHint {
  private readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private readonly text: HTMLSpanElement;
  private readonly fixButton: HTMLButtonElement;
  private readonly dismissButton: HTMLButtonElement;
  private readonly brand: HTMLSpanElement;
  private readonly list: HTMLUListElement;
  private callbacks: HintCallbacks | null = null;
  private static counter = 0;
  /** The id the field's aria-describedby points at. */
  readonly id: string;
  /** The finding shown last (its key), so callers can tell new content from a refresh. */
  lastKey = '';

  constructor(
    private readonly doc: Document,
    private readonly anchor: Element,
  ) {
    this.host = doc.createElement(HINT_TAG);
    this.id = `support-shield-hint-${++InlineHint.counter}-${Math.random().toString(36).slice(2, 8)}`;
    this.host.id = this.id;
    this.pin();
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.box = doc.createElement('div');
    this.box.className = 'hint';
    this.box.setAttribute('role', 'status');
    this.box.setAttribute('aria-live', 'polite');
    this.brand = doc.createElement('span');
    this.brand.className = 'brand';
    this.text = doc.createElement('span');
    this.text.className = 'msg';
    this.fixButton = doc.createElement('button');
    this.fixButton.type = 'button';
    this.fixButton.className = 'fix';
    this.dismissButton = doc.createElement('button');
    this.dismissButton.type = 'button';
    this.dismissButton.className = 'dismiss';
    this.list = doc.createElement('ul');
    const head = doc.createElement('div');
    head.className = 'head';
    head.append(this.brand, this.dismissButton);
    const body = doc.createElement('div');
    body.className = 'body';
    body.append(this.text, this.fixButton);
    this.box.append(head, body, this.list);
    shadow.append(style, this.box);
    // Only real clicks by the person act; synthetic events from the page are ignored.
    this.fixButton.addEventListener('click', (e) => {
      if (e.isTrusted) this.callbacks?.onFix();
    });
    this.dismissButton.addEventListener('click', (e) => {
      if (e.isTrusted) this.callbacks?.onDismiss();
    });
    // Keyboard: Escape or Shift+Tab from the first button, and Tab from the last one, go back
    // to the field (the field's next Tab then moves on through the page as usual).
    this.box.addEventListener('keydown', (e) => {
      if (!e.isTrusted) return;
      const first = this.fixButton.hidden ? this.dismissButton : this.fixButton;
      const backward = e.key === 'Tab' && e.shiftKey && e.composedPath()[0] === first;
      const forward = e.key === 'Tab' && !e.shiftKey && e.composedPath()[0] === this.dismissButton;
      if (e.key === 'Escape' || backward || forward) {
        e.preventDefault();
        (this.anchor as HTMLElement).focus?.();
      }
    });
  }

  /** Whether the hint offers a fix (a button to reach by keyboard). */
  get hasFix(): boolean {
    return this.host.isConnected && !this.fixButton.hidden;
  }

  /** Moves keyboard focus to the fix button (the field's Tab leads here once per hint). */
  focusFix(): void {
    this.fixButton.focus();
  }

  show(content: HintContent, callbacks: HintCallbacks): void {
    this.callbacks = callbacks;
    this.box.className = `hint ${content.severity}`;
    this.box.setAttribute('role', content.urgent ? 'alert' : 'status');
    this.box.setAttribute('aria-live', content.urgent ? 'assertive' : 'polite');
    this.brand.textContent = content.brand;
    this.text.textContent = content.message;
    const items = content.items ?? [];
    this.list.replaceChildren(
      ...items.map((line) => {
        const li = this.doc.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    if (content.fixLabel) {
      this.fixButton.textContent = content.fixLabel;
      this.fixButton.hidden = false;
    } else {
      this.fixButton.hidden = true;
    }
    this.dismissButton.textContent = '×';
    this.dismissButton.setAttribute('aria-label', content.dismissLabel);
    this.dismissButton.title = content.dismissLabel;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.describe(true);
    this.place();
  }

  /** Links the field to the hint for assistive technology (aria-describedby), or unlinks it. */
  private describe(on: boolean): void {
    const current = (this.anchor.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const without = current.filter((id) => id !== this.id);
    const next = on ? [...without, this.id] : without;
    if (next.join(' ') === current.join(' ')) return;
    if (next.length > 0) this.anchor.setAttribute('aria-describedby', next.join(' '));
    else this.anchor.removeAttribute('aria-describedby');
  }

  /** Re-asserts the host's own styles: a page that hides or restyles the hint does not win. */
  private pin(): void {
    const style = this.host.style;
    const want: Readonly<Record<string, string>> = {
      position: 'fixed',
      'z-index': '2147483647',
      display: 'block',
      opacity: '1',
      transform: 'none',
      'clip-path': 'none',
      filter: 'none',
      margin: '0',
      'pointer-events': 'none',
    };
    for (const [k, v] of Object.entries(want)) {
      if (style.getPropertyValue(k) !== v || style.getPropertyPriority(k) !== 'important') {
        style.setProperty(k, v, 'important');
      }
    }
  }

  /** Keeps the hint just below its field; hides it while the field is not rendered. */
  place(): void {
    if (!this.host.isConnected) return;
    this.pin();
    const rect = this.anchor.getBoundingClientRect();
    const visible = this.anchor.isConnected && (rect.width > 0 || rect.height > 0);
    this.host.style.setProperty('visibility', visible ? 'visible' : 'hidden', 'important');
    // Width first: it decides how the text wraps, hence the height measured below.
    this.host.style.setProperty('left', `${Math.round(Math.max(4, rect.left))}px`, 'important');
    this.host.style.setProperty('max-width', `${Math.round(Math.max(240, rect.width))}px`, 'important');
    // Below the field; above it when there is no room below. Never over the field itself:
    // above, the hint is held by its bottom edge, so a taller hint grows upwards.
    const view = this.doc.defaultView;
    const viewportHeight = view?.innerHeight ?? 0;
    const own = this.host.getBoundingClientRect();
    const below = rect.bottom + 4;
    if (below + own.height > viewportHeight && rect.top - own.height - 4 > 0) {
      this.host.style.setProperty('top', 'auto', 'important');
      // `bottom` counts from the viewport without its scrollbar (clientHeight in standards mode).
      const client = this.doc.documentElement?.clientHeight ?? 0;
      const height = client > 0 && client <= viewportHeight ? client : viewportHeight;
      this.host.style.setProperty('bottom', `${Math.round(height - rect.top + 4)}px`, 'important');
    } else {
      this.host.style.setProperty('bottom', 'auto', 'important');
      this.host.style.setProperty('top', `${Math.round(below)}px`, 'important');
    }
  }

  hide(): void {
    this.callbacks = null;
    if (this.host.isConnected) this.describe(false);
    this.host.remove();
  }

  get shown(): boolean {
    return this.host.isConnected;
  }
}
