/**
 * The chart island: `<yb-chart>` reads its build-time spec from a `<script type="application/json">`
 * child and, once scrolled into view, loads chart.js (dynamic import) and draws it, then shows the
 * figure's “下载 PNG” button (`button[data-chart-export]`, hidden in the HTML; the words it frames the image
 * with in `data-chart-frame`, see chart-export.ts). Also wires the
 * progressive enhancements of chart pages: the scale/library controls (state kept in the URL query,
 * `?scale=log&libraries=beihai,nanhai`) and sortable tables. No inline handlers or style attributes.
 */
import type { ImageFrame } from '../lib/charts/image-frame.ts';
import type { AnyChartSpec } from '../lib/charts/specs.ts';
import type { ChartState } from './chart-draw.ts';
import { enhanceSortableTables } from './table-sort.ts';

/** The reader's choice, from the URL query. */
function readState(): ChartState {
  const q = new URLSearchParams(location.search);
  const libs = q.get('libraries');
  return {
    scale: q.get('scale') === 'log' ? 'log' : 'linear',
    libraries: libs ? libs.split(',').filter(Boolean) : undefined,
  };
}

function writeState(state: ChartState): void {
  const q = new URLSearchParams(location.search);
  if (state.scale === 'log') q.set('scale', 'log');
  else q.delete('scale');
  if (state.libraries) q.set('libraries', state.libraries.join(','));
  else q.delete('libraries');
  const search = q.toString().replace(/%2C/g, ',');
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

/**
 * Resolves when the main thread is idle (at the latest after `timeout` ms): loading chart.js and drawing are
 * two such turns, so neither runs inside the long task that lays out the page, nor both in one.
 */
const idle = (timeout = 500): Promise<void> =>
  new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });

class YbChart extends HTMLElement {
  #spec: AnyChartSpec | undefined;
  #handle: { update(state: ChartState): void } | undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!json) return;
    this.#spec = JSON.parse(json) as AnyChartSpec;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#draw();
        }
      },
      { rootMargin: '200px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #draw(): Promise<void> {
    const canvas = this.querySelector('canvas');
    if (!canvas || !this.#spec) return;
    await idle();
    const { draw } = await import('./chart-draw.ts');
    await idle();
    this.#handle = draw(canvas, this.#spec, readState());
    this.dataset['drawn'] = '';
    const button = this.closest('figure')?.querySelector<HTMLButtonElement>('button[data-chart-export]');
    if (button) {
      button.addEventListener('click', () => {
        const frame = JSON.parse(button.dataset['chartFrame'] ?? 'null') as ImageFrame | null;
        if (!frame) return;
        void import('./chart-export.ts').then(({ exportPng }) =>
          exportPng(canvas, button.dataset['chartExport'] || 'chart.png', frame, readState()),
        );
      });
      button.hidden = false;
    }
  }

  /** Redraw with the reader's new choice (no-op until drawn; drawing reads the URL). */
  setState(state: ChartState): void {
    this.#handle?.update(state);
  }
}

/** Forms `[data-chart-controls]`: shown only with JS; every change updates the URL and all charts. */
function enhanceControls(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-chart-controls]')) {
    const state = readState();
    const scale = form.querySelector<HTMLInputElement>(`input[name="scale"][value="${state.scale}"]`);
    if (scale) scale.checked = true;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="libraries"]')) {
      box.checked = !state.libraries || state.libraries.includes(box.value);
    }
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', () => {
      const all = [...form.querySelectorAll<HTMLInputElement>('input[name="libraries"]')];
      const picked = all.filter((b) => b.checked).map((b) => b.value);
      const next: ChartState = {
        scale: form.querySelector<HTMLInputElement>('input[name="scale"]:checked')?.value === 'log' ? 'log' : 'linear',
        libraries: picked.length === all.length ? undefined : picked,
      };
      writeState(next);
      for (const chart of document.querySelectorAll<YbChart>('yb-chart')) chart.setState(next);
    });
  }
}

if (!customElements.get('yb-chart')) customElements.define('yb-chart', YbChart);
enhanceControls();
enhanceSortableTables();
