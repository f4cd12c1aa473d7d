/**
 * A library as a page names it: its id and its name in the page's language (the Chinese `name` or the
 * English `nameEn` of `content/libraries/<id>.yaml`). Pure.
 */
import type { Lang } from '../model/messages.ts';

/** A library with its display name. */
export interface NamedLibrary {
  readonly id: string;
  readonly name: string;
}

/** What a library entry gives: its id and both names. */
export interface LibraryNames {
  readonly id: string;
  readonly data: { readonly name: string; readonly nameEn: string };
}

/** A library's name in a language. */
export const libraryName = (library: LibraryNames, lang: Lang): string =>
  lang === 'en' ? library.data.nameEn : library.data.name;

/** Libraries with their names in a language, in the order given. */
export const namedLibraries = (libraries: readonly LibraryNames[], lang: Lang): NamedLibrary[] =>
  libraries.map((l) => ({ id: l.id, name: libraryName(l, lang) }));

/** Library id → display name. */
export const nameMap = (libraries: readonly NamedLibrary[]): Map<string, string> =>
  new Map(libraries.map((l) => [l.id, l.name]));
