/**
 * Social images: `/og/<library>.png` (the library's name and its headline figures as bars) for the
 * library's pages, `/og/site.png` for every other page. Drawn at build time; no runtime service.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPalette } from '../../data/charts.ts';
import { getFigureRows, getLibraries, getLibraryReports, getReports } from '../../data/content.ts';
import { renderCard, type Card } from '../../data/social-image.ts';
import { cardBars } from '../../lib/social-card.ts';
import { LIBRARY_LEVELS } from '../../schemas/library.ts';

export const getStaticPaths = (async () => [
  { params: { id: 'site' } },
  ...(await getLibraries()).map((l) => ({ params: { id: l.id } })),
]) satisfies GetStaticPaths;

async function card(id: string): Promise<Card> {
  const libraries = await getLibraries();
  const rows = await getFigureRows();
  if (id === 'site') {
    const reports = await getReports();
    return {
      title: '图书馆年鉴',
      subtitle: `${libraries.length} 个公共图书馆 · ${reports.length} 份年度工作总结 · ${rows.length} 个数字`,
      bars: [],
      note: libraries.map((l) => l.data.name).join('、'),
      color: '#0b5cad',
    };
  }
  const lib = libraries.find((l) => l.id === id);
  if (!lib) throw new Error(`No library "${id}"`);
  const reports = await getLibraryReports(id);
  const year = reports.at(-1)?.data.year;
  const bars = cardBars(rows, id);
  return {
    title: lib.data.name,
    subtitle: `${lib.data.region.province} ${lib.data.region.city} · ${LIBRARY_LEVELS[lib.data.level].zh} · 年度报告 ${reports.map((r) => r.data.year).join('、')}`,
    bars,
    note: bars.length
      ? `${year}年报告中的数字，照原文写法。条长：与本站收录各馆最近一年同一指标的最大值相比。`
      : '本站收录的报告中还没有这个馆的主要数字。',
    color: (await getPalette()).get(id)?.color ?? '#0072B2',
  };
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await renderCard(await card(String(params.id)))), {
    headers: { 'Content-Type': 'image/png' },
  });
