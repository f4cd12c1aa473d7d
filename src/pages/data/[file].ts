import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadResponse, getDownloadEntries, referenceResponse } from '../../data/open-data.ts';
import { REFERENCE_FILES, type DownloadFile, type ReferenceFile } from '../../lib/open-data/download-files.ts';

/**
 * The whole-corpus downloads: `/data/figures.csv` (UTF-8 with BOM, for Excel), `/data/figures-no-bom.csv` (for
 * programs), `/data/figures.json`, and the same for events and indicators. Written for corpora up to
 * WHOLE_DOWNLOAD_LIMIT reports; larger ones get only the per-year files. And the reference tables, always:
 * `/data/metrics.*` (the metric catalog) and `/data/libraries.*`.
 */
export const getStaticPaths = (async () => [
  ...(await getDownloadEntries()).flatMap((e) =>
    e.scope === 'all' ? [{ params: { file: e.file }, props: { file: e.file, reference: false } }] : [],
  ),
  ...REFERENCE_FILES.map((file) => ({ params: { file }, props: { file, reference: true } })),
]) satisfies GetStaticPaths;

type Props = { file: DownloadFile; reference: false } | { file: ReferenceFile; reference: true };

export const GET: APIRoute<Props> = ({ props }) =>
  props.reference ? referenceResponse(props.file) : downloadResponse('all', props.file);
