/**
 * What each social card shows (`/og/<id>.png`): the yearbook's card (`site`) and one per library. A
 * library's card touches only that library's rows and the context shared by all cards.
 */
import type { Card } from '../images/social-png.ts';
import { cardNote, libraryCardChart, siteCardChart } from '../lib/views/social-card.ts';
import { FALLBACK_COLOR } from '../lib/charts/palette.ts';
import { LIBRARY_LEVELS } from '../lib/model/library-levels.ts';
import { getCardContext } from './compare-charts.ts';
import {
  getFigureRows,
  getLibraries,
  getLibrary,
  getLibraryFigureRows,
  getLibraryReports,
  getReports,
} from './content.ts';

/** The ids of every card: `site`, then each library in `getLibraries` order. */
export async function getCardIds(): Promise<string[]> {
  return ['site', ...(await getLibraries()).map((l) => l.id)];
}

/** The card with this id. */
export async function getCard(id: string): Promise<Card> {
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
