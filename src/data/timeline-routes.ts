/**
 * The paths of the timeline routes with parameters, shared by each Chinese route and its `/en/` twin:
 * a route file holds only `getStaticPaths` (from here) and its page body.
 */
import type { GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { timelinePages } from '../lib/views/timeline-pages.ts';
import { getEventsByYear, getLibraries } from './content.ts';

/** `/timeline/<library>/`: one page per library (with or without events). */
export const libraryTimelineRoutes = (async () =>
  (await getLibraries()).map((library) => ({
    params: { library: library.id },
    props: { library },
  }))) satisfies GetStaticPaths;

/** `/timeline/year/<period>/`: the pages of the all-library timeline, each with its neighbours. */
export const timelinePeriodRoutes = (async () => {
  const { pages } = timelinePages(await getEventsByYear());
  return pages.map((page, i) => ({
    params: { period: page.path },
    props: { page, prev: pages[i - 1], next: pages[i + 1] },
  }));
}) satisfies GetStaticPaths;

/** What a library timeline route hands its body. */
export type LibraryTimelineProps = InferGetStaticPropsType<typeof libraryTimelineRoutes>;

/** What a timeline period route hands its body. */
export type TimelinePeriodProps = InferGetStaticPropsType<typeof timelinePeriodRoutes>;
