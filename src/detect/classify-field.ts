import type { FieldKind } from '../rules/types.ts';

/** Text a control offers about itself: name, id, autocomplete, labels, placeholder, aria. */
export function fieldSignals(el: Element): string {
  const parts: string[] = [];
  const attrs = ['name', 'id', 'autocomplete', 'placeholder', 'aria-label', 'title', 'inputmode'];
  for (const a of attrs) {
    const v = el.getAttribute(a);
    if (v) parts.push(v);
  }
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  if (id) {
    for (const label of Array.from(doc.querySelectorAll('label'))) {
      if (label.getAttribute('for') === id) parts.push(label.textContent ?? '');
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) parts.push(wrapping.textContent ?? '');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const ref of labelledBy.split(/\s+/)) {
      const target = ref ? doc.getElementById(ref) : null;
      if (target) parts.push(target.textContent ?? '');
    }
  }
  return parts.join(' ').toLowerCase().slice(0, 500);
}

const CONFIRM = /confirm|repeat|again|verify|re-?enter|retype|conferma|ulang|確認|确认|wiederholen/;

/** The kind of a form control, or null when it is none the checks care about. */
export function classifyField(el: Element): FieldKind | null {
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute('type') ?? (tag === 'input' ? 'text' : '')).toLowerCase();
  if (
    tag === 'input' &&
    ['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'password'].includes(type)
  ) {
    return null;
  }
  if (tag === 'input' && type === 'file') return 'attachments';
  const s = fieldSignals(el);
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (tag === 'select') {
    if (/country|dial|calling code|prefix|prefisso|kode negara|國碼|区号|國家|国家/.test(s)) return 'phone-country';
    if (/topic|category|problem|issue|type|reason|categoria|kategori|類別|类别|platform|piattaforma/.test(s))
      return 'category';
    return null;
  }
  if (tag === 'textarea' || el.getAttribute('contenteditable') === 'true') return 'description';
  if (type === 'email' || autocomplete === 'email' || /e-?mail|電子郵件|邮箱|電郵|surel/.test(s)) {
    return CONFIRM.test(s) ? 'email-confirm' : 'email';
  }
  if (
    type === 'tel' ||
    autocomplete.startsWith('tel') ||
    /phone|mobile|telefon|cellulare|nomor hp|ponsel|手機|手机|電話|电话|whatsapp number/.test(s)
  ) {
    return 'phone';
  }
  if (/subject|oggetto|subjek|主旨|主题|asunto|betreff|objet/.test(s)) return 'subject';
  if (autocomplete === 'name' || /\bname\b|nome|nama|姓名|名字|nombre/.test(s)) return 'name';
  return null;
}
