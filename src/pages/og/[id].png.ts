/**
 * Social images: `/og/<library>.png` (the library's name and a chart of its key metric) for the
 * library's pages, `/og/site.png` (the yearbook and a chart across libraries) for every other page.
 * Drawn at build time with the chart island's chart.js configuration; no runtime service.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pooledBytes } from '../../data/pooled.ts';
import { getCard, getCardIds } from '../../data/social-cards.ts';
import { renderCard } from '../../images/social-png.ts';

export const getStaticPaths = (async () =>
  (await getCardIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

// A card is drawn from its data alone (bundled font, no clock): drawn ahead by the build's workers and
// kept between builds (src/data/pooled.ts, src/lib/cache-store.ts).
export const GET: APIRoute = async ({ params }) => {
  const id = String(params.id);
  const c = await getCard(id);
  return new Response(new Uint8Array(await pooledBytes('og-png', id, JSON.stringify(c), () => renderCard(c))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
