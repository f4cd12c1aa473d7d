import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles, downloadResponse, getDownloadEntries } from '../../../data/open-data.ts';
import { routedOrWritten } from '../../../data/written-files.ts';
import type { DownloadFile } from '../../../lib/open-data/download-files.ts';

/**
 * The figures and events of one report year: `/data/2021/figures.csv`, `…/events.json`. A build writes them
 * from here, hashing each for `/data/files.json` in the same pass (src/data/open-data.ts); `astro dev`
 * streams each from GET.
 */
export const getStaticPaths = (async () =>
  routedOrWritten(
    downloadFiles(
      (await getDownloadEntries()).flatMap((entry) =>
        entry.scope === 'all'
          ? []
          : [
              {
                entry,
                params: { year: String(entry.scope), file: entry.file },
                props: { year: entry.scope, file: entry.file },
              },
            ],
      ),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; file: DownloadFile }> = ({ props }) =>
  downloadResponse(props.year, props.file);
