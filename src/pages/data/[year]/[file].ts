import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadResponse, getDownloadEntries } from '../../../data/open-data.ts';
import type { DownloadFile } from '../../../lib/open-data/download-files.ts';

/** The figures and events of one report year: `/data/2021/figures.csv`, `…/events.json`. */
export const getStaticPaths = (async () =>
  (await getDownloadEntries()).flatMap((e) =>
    e.scope === 'all'
      ? []
      : [{ params: { year: String(e.scope), file: e.file }, props: { year: e.scope, file: e.file } }],
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; file: DownloadFile }> = ({ props }) =>
  downloadResponse(props.year, props.file);
