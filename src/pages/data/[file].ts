import type { APIRoute, GetStaticPaths } from 'astro';
import {
  downloadFiles,
  downloadResponse,
  getDownloadEntries,
  referenceFiles,
  referenceResponse,
} from '../../data/open-data.ts';
import { routedOrWritten } from '../../data/written-files.ts';
import { REFERENCE_FILES, type DownloadFile, type ReferenceFile } from '../../lib/open-data/download-files.ts';

/**
 * The whole-corpus downloads: `/data/figures.csv` (UTF-8 with BOM, for Excel), `/data/figures-no-bom.csv` (for
 * programs), `/data/figures.json`, and the same for events and indicators. Written for corpora up to
 * WHOLE_DOWNLOAD_LIMIT reports; larger ones get only the per-year files. And the reference tables, always:
 * `/data/metrics.*` (the metric catalog) and `/data/libraries.*`. A build writes them from here, hashing
 * each for `/data/files.json` in the same pass (src/data/open-data.ts); `astro dev` streams each from GET.
 */
export const getStaticPaths = (async () =>
  routedOrWritten<{ file: string }, Props>([
    ...downloadFiles(
      (await getDownloadEntries()).flatMap((entry) =>
        entry.scope === 'all'
          ? [{ entry, params: { file: entry.file }, props: { file: entry.file, reference: false as const } }]
          : [],
      ),
    ),
    ...referenceFiles(
      REFERENCE_FILES.map((file) => ({ file, params: { file }, props: { file, reference: true as const } })),
    ),
  ])) satisfies GetStaticPaths;

type Props = { file: DownloadFile; reference: false } | { file: ReferenceFile; reference: true };

export const GET: APIRoute<Props> = ({ props }) =>
  props.reference ? referenceResponse(props.file) : downloadResponse('all', props.file);
