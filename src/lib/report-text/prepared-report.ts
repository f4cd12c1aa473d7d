/**
 * What the remark plugins need of a report — its events and the sentence of each figure, computed once per
 * build by the content check — handed to them as `file.data.report`. A file compiled without it is not a
 * report, and the plugins leave it untouched.
 */
import type { LineFigure } from './mark-tree.ts';
import type { ChronicleEvent } from '../chronicle/event-schema.ts';

export interface PreparedReport {
  readonly library: string;
  readonly year: number;
  /** The report's dated events in extraction (text) order, lines relative to the body. */
  readonly events: readonly ChronicleEvent[];
  /** Each figure whose sentence was found, with that sentence and its line in the body. */
  readonly figures: readonly LineFigure[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `renderReportHtml` (render-html.ts): the report the plugins work on. */
    report: PreparedReport;
  }
}
