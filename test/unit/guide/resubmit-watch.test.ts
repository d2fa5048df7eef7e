import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { watchResubmission } from '../../../src/guide/resubmit.ts';

function page(markup: string): Document {
  const window = new Window({ url: 'https://www.whatsapp.com/contact/' });
  const doc = window.document as unknown as Document;
  const parsed = new window.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true)));
  return doc;
}

describe('watchResubmission', () => {
  it('a <form>: first input once, then each submit', () => {
    const doc = page('<form id="f"><input id="a"><input id="b"><button>Send</button></form>');
    const calls: string[] = [];
    const stop = watchResubmission(doc.getElementById('f')!, {
      onFirstInput: () => calls.push('input'),
      onSubmit: () => calls.push('submit'),
    });
    const view = doc.defaultView!;
    doc.getElementById('a')!.dispatchEvent(new view.Event('input', { bubbles: true }));
    doc.getElementById('b')!.dispatchEvent(new view.Event('input', { bubbles: true }));
    doc.getElementById('f')!.dispatchEvent(new view.Event('submit', { bubbles: true, cancelable: true }));
    expect(calls).toEqual(['input', 'submit']);
    stop();
    doc.getElementById('f')!.dispatchEvent(new view.Event('submit', { bubbles: true, cancelable: true }));
    expect(calls).toEqual(['input', 'submit']);
  });

  it('a form-less container: its submit button counts, other buttons do not', () => {
    const doc = page(
      '<div id="c"><input id="a"><button type="button" id="x">Add</button><button id="s">Send</button></div>',
    );
    const calls: string[] = [];
    watchResubmission(doc.getElementById('c')!, {
      onFirstInput: () => calls.push('input'),
      onSubmit: () => calls.push('submit'),
    });
    const view = doc.defaultView!;
    doc.getElementById('x')!.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    doc.getElementById('s')!.dispatchEvent(new view.MouseEvent('click', { bubbles: true }));
    expect(calls).toEqual(['submit']);
  });

  it('a throwing callback does not escape', () => {
    const doc = page('<form id="f"><input id="a"></form>');
    watchResubmission(doc.getElementById('f')!, {
      onFirstInput: () => {
        throw new Error('boom');
      },
      onSubmit: () => undefined,
    });
    const view = doc.defaultView!;
    expect(() => doc.getElementById('a')!.dispatchEvent(new view.Event('input', { bubbles: true }))).not.toThrow();
  });
});
