/**
 * Writes a value into a page's field the way typing would: through the
 * prototype's setter (so framework-controlled inputs notice) and with bubbling
 * input and change events. Called only from a fix the person clicked.
 */
export function setFieldValue(el: Element, value: string): void {
  const view = el.ownerDocument.defaultView;
  if (!view) return;
  if (el instanceof view.HTMLInputElement || el instanceof view.HTMLTextAreaElement) {
    const proto =
      el instanceof view.HTMLInputElement ? view.HTMLInputElement.prototype : view.HTMLTextAreaElement.prototype;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- applied to the element below
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set as
      ((this: void, v: string) => void) | undefined;
    if (setter) Reflect.apply(setter, el, [value]);
    else el.value = value;
  } else if (el instanceof view.HTMLSelectElement) {
    el.value = value;
  } else if (el instanceof view.HTMLElement && el.isContentEditable) {
    el.textContent = value;
  } else {
    return;
  }
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/** The current text of a field (input, textarea or contenteditable). */
export function getFieldValue(el: Element): string {
  const view = el.ownerDocument.defaultView;
  if (!view) return '';
  if (
    el instanceof view.HTMLInputElement ||
    el instanceof view.HTMLTextAreaElement ||
    el instanceof view.HTMLSelectElement
  ) {
    return el.value;
  }
  return el.textContent ?? '';
}

/** Selects option `index` of a page's `<select>` like a person would (with input and change events). */
export function setSelectIndex(el: Element, index: number): void {
  const view = el.ownerDocument.defaultView;
  if (!view || !(el instanceof view.HTMLSelectElement) || index < 0 || index >= el.options.length) return;
  el.selectedIndex = index;
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/** The text a country / dial-code control shows: value and visible label (e.g. "IT Italy +39"). */
export function describeControl(el: Element): string {
  const view = el.ownerDocument.defaultView;
  if (view && el instanceof view.HTMLSelectElement) {
    const option = el.selectedIndex >= 0 ? el.options[el.selectedIndex] : undefined;
    return option ? `${option.value} ${option.text}`.trim() : '';
  }
  return getFieldValue(el);
}
