/**
 * What the about page shows beyond its fixed text: how much the site holds, the licence and contact of
 * this deployment, whom to write to when no contact is set, and when the data was last updated. Pure.
 */
import type { Contact, Licence } from '../site/settings.ts';

export interface AboutInput {
  /** Every library, in the order pages list them. */
  readonly libraries: readonly { readonly id: string; readonly name: string; readonly path: string }[];
  readonly reports: number;
  readonly figures: number;
  readonly licence: Licence;
  readonly contact: Contact | undefined;
  /** `YYYY-MM-DD`, or undefined when the build could not tell. */
  readonly updated: string | undefined;
}

export interface AboutView {
  readonly counts: { readonly libraries: number; readonly reports: number; readonly figures: number };
  readonly licence: Licence;
  /** Where corrections go: the deployment's contact, or else the libraries themselves (each with its page). */
  readonly corrections:
    | { readonly kind: 'contact'; readonly contact: Contact }
    | { readonly kind: 'libraries'; readonly libraries: readonly { readonly name: string; readonly path: string }[] };
  readonly updated: string | undefined;
}

/** The about page's data. */
export function aboutView(input: AboutInput): AboutView {
  return {
    counts: { libraries: input.libraries.length, reports: input.reports, figures: input.figures },
    licence: input.licence,
    corrections: input.contact
      ? { kind: 'contact', contact: input.contact }
      : { kind: 'libraries', libraries: input.libraries.map(({ name, path }) => ({ name, path })) },
    updated: input.updated,
  };
}
