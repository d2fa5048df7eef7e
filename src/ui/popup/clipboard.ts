/**
 * Copies text after a click: the async Clipboard API (allowed on a user gesture in extension
 * pages of both browsers, no permission needed), else the old selection-and-copy command.
 * Resolves to whether it worked; never rejects.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const clip = doc.defaultView?.navigator.clipboard;
  if (clip) {
    try {
      await clip.writeText(text);
      return true;
    } catch {
      // fall through to the selection fallback
    }
  }
  try {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    // execCommand is deprecated but still the only fallback when the Clipboard API refuses.
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}
