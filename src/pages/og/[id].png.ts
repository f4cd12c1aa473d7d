/**
 * Social images: `/og/<library>.png` (the library's name and a chart of its key metric) for the
 * library's pages, `/og/site.png` (the yearbook and a chart across libraries) for every other page.
 * Drawn at build time with the chart island's chart.js configuration; no runtime service.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPalette } from '../../data/charts.ts';
import { getFigureRows, getLibraries, getLibraryReports, getReports } from '../../data/content.ts';
import { renderCard, type Card } from '../../data/social-image.ts';
import { cardChart, cardNote } from '../../lib/social-card.ts';
import { LIBRARY_LEVELS } from '../../schemas/library.ts';

export const getStaticPaths = (async () => [
  { params: { id: 'site' } },
  ...(await getLibraries()).map((l) => ({ params: { id: l.id } })),
]) satisfies GetStaticPaths;

async function card(id: string): Promise<Card> {
  const libraries = await getLibraries();
  const rows = await getFigureRows();
  const colors = await getPalette();
  if (id === 'site') {
    const reports = await getReports();
    const chart = cardChart(rows, undefined, colors);
    return {
      title: '图书馆年鉴',
      subtitle: `${libraries.length} 个公共图书馆 · ${reports.length} 份年度工作总结 · ${rows.length} 个数字`,
      chart,
      note: cardNote(chart),
      color: '#0b5cad',
    };
  }
  const lib = libraries.find((l) => l.id === id);
  if (!lib) throw new Error(`No library "${id}"`);
  const reports = await getLibraryReports(id);
  const chart = cardChart(rows, id, colors);
  return {
    title: lib.data.name,
    subtitle: `${lib.data.region.province} ${lib.data.region.city} · ${LIBRARY_LEVELS[lib.data.level].zh} · 年度报告 ${reports.map((r) => r.data.year).join('、')}`,
    chart,
    note: cardNote(chart),
    color: colors.get(id)?.color ?? '#0072B2',
  };
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await renderCard(await card(String(params.id)))), {
    headers: { 'Content-Type': 'image/png' },
  });
