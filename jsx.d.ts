/**
 * For type-aware lint of `.astro` files only (eslint.config.js): astro-eslint-parser lints a component as TSX,
 * where an element's type comes from the global `JSX` namespace, which Astro leaves undeclared; without this
 * every `{list.map((x) => <li>…</li>)}` returns an unresolved type. (`astro check` types templates itself.)
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
    type IntrinsicElements = astroHTML.JSX.IntrinsicElements;
  }
}
