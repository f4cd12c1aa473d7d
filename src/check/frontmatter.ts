/**
 * Split an MDX/YAML file into frontmatter and body, and parse the YAML keeping line numbers,
 * so every problem can point at `file:line`. Pure: strings in, plain data out.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** A parsed source file: data, body, and a way to find the line of any field. */
export interface ParsedSource {
  readonly data: unknown;
  /** The MDX body (empty for YAML files). */
  readonly body: string;
  /** 1-based line of the body's first line in the file. */
  readonly bodyLine: number;
  /** The YAML text (the frontmatter between the `---` lines, or the whole YAML file). */
  readonly yaml: string;
  /** Lines of the file before the YAML text (1 for frontmatter, 0 for a YAML file). */
  readonly yamlOffset: number;
  /**
   * YAML syntax errors: the parser's code and message, `line` 1-based in the YAML text
   * (src/check/yaml-errors.ts explains them); `missing-frontmatter` when an MDX file has none.
   */
  readonly syntaxErrors: readonly { code: string; line: number; message: string }[];
  /** 1-based file line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Parse frontmatter (`---` … `---`) + body, or a whole YAML file when `isYaml`. */
export function parseSource(text: string, isYaml = false): ParsedSource {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let yamlText = src;
  let offsetLines = 0;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(src);
    if (!m) {
      return {
        data: undefined,
        body: src,
        bodyLine: 1,
        yaml: '',
        yamlOffset: 0,
        syntaxErrors: [{ code: 'missing-frontmatter', line: 1, message: 'missing-frontmatter' }],
        lineOf: () => undefined,
      };
    }
    yamlText = m[1] ?? '';
    offsetLines = 1;
    body = src.slice(m[0].length);
    bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((e) => ({
    code: e.code,
    line: counter.linePos(e.pos[0]).line,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined =
      node && (node as Node).range ? counter.linePos((node as Node).range?.[0] ?? 0).line : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(key),
        );
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = counter.linePos(keyNode.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = counter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return line === undefined ? undefined : line + offsetLines;
  };
  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    body,
    bodyLine,
    yaml: yamlText,
    yamlOffset: offsetLines,
    syntaxErrors,
    lineOf,
  };
}
