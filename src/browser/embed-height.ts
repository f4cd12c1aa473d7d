/**
 * On an embed page (`/embed/<chart>/`) framed by another site: post the document's height to the framing
 * page whenever it changes (fonts, the chart drawn, a narrower frame wrapping the table), so the snippet's
 * listener (src/lib/charts/chart-files.ts, embedSnippet) can size the frame to show it all. The height is
 * not private, so any parent may receive it ('*'); the listener checks where it comes from.
 */
import { EMBED_HEIGHT_MESSAGE } from '../lib/charts/chart-files.ts';

if (window.parent !== window) {
  const root = document.documentElement;
  let last = 0;
  const post = (): void => {
    // The root's own box, not scrollHeight: scrollHeight never drops below the frame's current height.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(root);
  window.addEventListener('load', post);
}
