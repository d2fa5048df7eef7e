/**
 * Runs inside the page, given the hint's closed shadow root (reached through the
 * browser's automation protocol, which the page itself cannot do). Returns what a
 * person sees: message, fix button label, and where to click. Kept as a string so
 * both drivers send the same code.
 */
export interface HintInfo {
  readonly text: string;
  /** Listed lines under the message (one per file problem). */
  readonly items?: readonly string[];
  readonly fix: string | null;
  readonly role: string | null;
  readonly visible: boolean;
  readonly fixAt: { x: number; y: number } | null;
  readonly dismissAt: { x: number; y: number } | null;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  /** The hint box's computed background: styles applied (not blocked by the page's CSP). */
  readonly background: string;
}

export const HINT_PROBE = `function (root) {
  const center = (el) => {
    if (!el || el.hidden) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  };
  const box = root.querySelector('.hint');
  const msg = root.querySelector('.msg');
  const fix = root.querySelector('.fix');
  const dismiss = root.querySelector('.dismiss');
  const host = root.host;
  const rect = host.getBoundingClientRect();
  return JSON.stringify({
    text: msg ? msg.textContent : '',
    items: Array.from(root.querySelectorAll('li'), (li) => li.textContent),
    fix: fix && !fix.hidden ? fix.textContent : null,
    role: box ? box.getAttribute('role') : null,
    visible: host.isConnected && host.style.visibility !== 'hidden' && rect.height > 0,
    fixAt: center(fix),
    dismissAt: center(dismiss),
    top: rect.top,
    bottom: rect.bottom,
    left: rect.left,
    background: box ? getComputedStyle(box).backgroundColor : '',
  });
}`;

/** What a person sees in one of our other injected elements (banner, number marks). */
export interface ShadowInfo {
  readonly text: string;
  readonly marks: number;
  readonly role: string | null;
  readonly visible: boolean;
  readonly buttonAt: { x: number; y: number } | null;
}

export const SHADOW_PROBE = `function (root) {
  const host = root.host;
  const rect = host.getBoundingClientRect();
  const alert = root.querySelector('[role]');
  const button = root.querySelector('button');
  let buttonAt = null;
  if (button) {
    const r = button.getBoundingClientRect();
    buttonAt = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }
  return JSON.stringify({
    text: root.textContent.replace(/\\s+/g, ' ').trim(),
    marks: root.querySelectorAll('.mark').length,
    role: alert ? alert.getAttribute('role') : null,
    visible: host.isConnected && getComputedStyle(host).display !== 'none',
    buttonAt,
  });
}`;
