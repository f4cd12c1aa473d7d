/**
 * The chart.js parts the chart specs use — bar and line controllers, their elements, category / linear /
 * logarithmic scales — registered by both the island (src/browser/chart-draw.ts) and the build-time
 * renderer (src/images/chart-png.ts), so the two draw with the same pieces and nothing else is bundled.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
} from 'chart.js';

export const CHART_PARTS = [
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  LineController,
  LineElement,
  PointElement,
] as const;
