/**
 * Checks of a library file beyond its schema: the `new-library` skeleton's placeholder values
 * (某某市图书馆, Mou City Library, 某某省 …) left in place would publish a library called 某某市图书馆. Pure.
 */
import type { Library } from '../schemas/library.ts';
import { text, type Lang } from '../lib/model/messages.ts';
import { isPlaceholderValue } from './skeleton-text.ts';

/** A placeholder left in a library file, by field path. */
export interface LibraryProblem {
  readonly code: string;
  readonly path: readonly string[];
  readonly message: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
}

const EXAMPLES: Readonly<Record<string, string>> = {
  name: 'name: 合浦县图书馆',
  nameEn: 'nameEn: Hepu County Library',
  'region.province': 'province: 广西壮族自治区',
  'region.city': 'city: 北海市',
};

/** Every skeleton placeholder still in `library`. */
export function checkLibrary(library: Library): LibraryProblem[] {
  const fields: [string[], string][] = [
    [['name'], library.name],
    [['nameEn'], library.nameEn],
    [['region', 'province'], library.region.province],
    [['region', 'city'], library.region.city],
  ];
  return fields
    .filter(([, v]) => isPlaceholderValue(v))
    .map(([path, v]) => ({
      code: 'library/placeholder',
      path,
      message: text(
        `${path.join('.')} 还是模板的占位文字 “${v}”`,
        `${path.join('.')} still holds the skeleton's placeholder "${v}"`,
      ),
      hint: text(
        `换成这个馆的真实信息，例如 ${EXAMPLES[path.join('.')] ?? ''}`,
        `Replace it with the library's own, e.g. ${EXAMPLES[path.join('.')] ?? ''}`,
      ),
    }));
}
