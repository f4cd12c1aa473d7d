/**
 * Social images: `/og/<library>.png` (the library's name and a chart of its key metric) for the
 * library's pages, `/og/site.png` (the yearbook and a chart across libraries) for every other page.
 * Drawn at build time with the chart island's chart.js configuration; no runtime service.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedBytes } from '../../lib/cache-store.ts';
import { getCardContext } from '../../data/compare-charts.ts';
import {
  getFigureRows,
  getLibraries,
  getLibrary,
  getLibraryFigureRows,
  getLibraryReports,
  getReports,
} from '../../data/content.ts';
import { renderCard, type Card } from '../../images/social-png.ts';
import { cardNote, libraryCardChart, siteCardChart } from '../../lib/views/social-card.ts';
import { FALLBACK_COLOR } from '../../lib/charts/palette.ts';
import { LIBRARY_LEVELS } from '../../lib/model/library-levels.ts';

export const getStaticPaths = (async () => [
  { params: { id: 'site' } },
  ...(await getLibraries()).map((l) => ({ params: { id: l.id } })),
]) satisfies GetStaticPaths;

/** One card; a library's card touches only that library's rows and the context shared by all cards. */
async function card(id: string): Promise<Card> {
  const context = await getCardContext();
  if (id === 'site') {
    const chart = siteCardChart(context);
    return {
      title: '图书馆年鉴',
      subtitle: `${(await getLibraries()).length} 个公共图书馆 · ${(await getReports()).length} 份年度工作总结 · ${(await getFigureRows()).length} 个数字`,
      chart,
      note: cardNote(chart),
      color: '#0b5cad',
    };
  }
  const lib = await getLibrary(id);
  const reports = await getLibraryReports(id);
  const chart = libraryCardChart(await getLibraryFigureRows(id), id, context);
  return {
    title: lib.data.name,
    subtitle: `${lib.data.region.province} ${lib.data.region.city} · ${LIBRARY_LEVELS[lib.data.level].zh} · 年度报告 ${reports.map((r) => r.data.year).join('、')}`,
    chart,
    note: cardNote(chart),
    color: context.colors.get(id)?.color ?? FALLBACK_COLOR,
  };
}

// A card is drawn from its data alone (bundled font, no clock): kept between builds (src/lib/cache-store.ts).
export const GET: APIRoute = async ({ params }) => {
  const c = await card(String(params.id));
  return new Response(new Uint8Array(await cachedBytes('og-png', JSON.stringify(c), () => renderCard(c))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
