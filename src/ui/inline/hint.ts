/**
 * One inline hint anchored below a form field. Plain DOM (no framework) in a
 * closed shadow root so the page can neither style nor read it; text only
 * through textContent. It never moves or changes the page's own elements.
 */

export interface HintContent {
  readonly severity: 'info' | 'warn' | 'error';
  readonly message: string;
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
.hint {
  box-sizing: border-box; display: flex; gap: 8px; align-items: center; flex-wrap: wrap;
  max-width: min(420px, calc(100vw - 16px)); padding: 6px 8px; border-radius: 6px;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK TC", sans-serif;
  background: #fff8e1; color: #3b2f00; border: 1px solid #e0b400; box-shadow: 0 2px 6px rgba(0,0,0,.18);
}
.hint.error { background: #fdecea; color: #5f1410; border-color: #d93025; }
.hint.info { background: #e8f0fe; color: #0b2a5c; border-color: #4c8bf5; }
.brand { font-weight: 600; font-size: 11px; opacity: .75; }
.msg { flex: 1 1 auto; }
button { font: inherit; cursor: pointer; border-radius: 4px; padding: 2px 8px; }
.fix { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; }
.dismiss { background: transparent; color: inherit; border: 1px solid transparent; padding: 2px 6px; }
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
  private callbacks: HintCallbacks | null = null;

  constructor(
    private readonly doc: Document,
    private readonly anchor: Element,
  ) {
    this.host = doc.createElement(HINT_TAG);
    this.host.style.setProperty('position', 'fixed', 'important');
    this.host.style.setProperty('z-index', '2147483647', 'important');
    this.host.style.setProperty('display', 'block', 'important');
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
    this.box.append(this.brand, this.text, this.fixButton, this.dismissButton);
    shadow.append(style, this.box);
    // Only real clicks by the person act; synthetic events from the page are ignored.
    this.fixButton.addEventListener('click', (e) => {
      if (e.isTrusted) this.callbacks?.onFix();
    });
    this.dismissButton.addEventListener('click', (e) => {
      if (e.isTrusted) this.callbacks?.onDismiss();
    });
  }

  show(content: HintContent, callbacks: HintCallbacks): void {
    this.callbacks = callbacks;
    this.box.className = `hint ${content.severity}`;
    this.brand.textContent = content.brand;
    this.text.textContent = content.message;
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
    this.place();
  }

  /** Keeps the hint just below its field; hides it while the field is not rendered. */
  place(): void {
    if (!this.host.isConnected) return;
    const rect = this.anchor.getBoundingClientRect();
    const visible = this.anchor.isConnected && (rect.width > 0 || rect.height > 0);
    this.host.style.setProperty('visibility', visible ? 'visible' : 'hidden', 'important');
    this.host.style.setProperty('top', `${Math.round(rect.bottom + 4)}px`, 'important');
    this.host.style.setProperty('left', `${Math.round(Math.max(4, rect.left))}px`, 'important');
  }

  hide(): void {
    this.callbacks = null;
    this.host.remove();
  }

  get shown(): boolean {
    return this.host.isConnected;
  }
}
