import { Window } from 'happy-dom';

/**
 * Parses an HTML page into a DOM as if it had been loaded at `url`: no scripts run,
 * nothing is fetched. Used by the eval harnesses and tests so that they run the same
 * detection code the extension runs on a live page.
 */
export function loadPage(html: string, url: string): { window: Window; document: Document; close: () => void } {
  const window = new Window({
    url,
    width: 1280,
    height: 800,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  const document = window.document as unknown as Document;
  return { window, document, close: () => void window.happyDOM.close() };
}
