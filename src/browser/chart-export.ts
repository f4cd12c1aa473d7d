/**
 * “下载 PNG”: the chart as the reader sees it (scale and libraries chosen), framed like its build-time image
 * — title, unit, legend of the libraries shown, notes, sources, the page's address and the data's licence
 * (src/lib/charts/image-frame.ts, in the page's language) — so the saved file says what it shows. Loaded
 * on the first click only.
 */
import { paintFrame } from '../lib/charts/image-draw.ts';
import { frameShowing, type ImageFrame } from '../lib/charts/image-frame.ts';
import { frameLayout } from '../lib/charts/image-layout.ts';
import { pageTheme, type ChartState } from './chart-draw.ts';

/** Save `canvas`'s drawing framed by `frame` as `fileName`. */
export function exportPng(canvas: HTMLCanvasElement, fileName: string, frame: ImageFrame, state: ChartState): void {
  const width = canvas.clientWidth || canvas.width;
  const height = canvas.clientHeight || canvas.height;
  const ratio = canvas.width / width;
  // The address it was saved from, with the reader's choice (?scale=…&libraries=…): it reproduces the view.
  const url = `${location.origin}${location.pathname}${location.search}`;
  const layout = frameLayout(frameShowing({ ...frame, url }, state.libraries), width, height);
  const out = document.createElement('canvas');
  out.width = Math.round(layout.width * ratio);
  out.height = Math.round(layout.height * ratio);
  const g = out.getContext('2d');
  if (!g) return;
  g.scale(ratio, ratio);
  paintFrame(g, layout, pageTheme());
  g.drawImage(canvas, 0, layout.plot.y, width, height);
  out.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  }, 'image/png');
}
