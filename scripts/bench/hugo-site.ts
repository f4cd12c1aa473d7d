/**
 * The Hugo reference: the same corpus as plain Markdown (frontmatter + body) with a minimal layout that
 * renders each report's text and its figures as a table, plus a page per library and list pages.
 * Pure: corpus files in, Hugo site files out.
 */
import { parse, stringify } from 'yaml';
import { METRICS } from '../../src/lib/model/catalog.ts';
import type { SourceFile } from '../../src/check/check-content.ts';
import { parseSource } from '../../src/check/frontmatter.ts';

const CONFIG = `baseURL = "https://library-yearbook.example.org/"
languageCode = "zh-cn"
title = "图书馆年鉴（Hugo 对照）"
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = false
[markup.goldmark.renderer]
unsafe = false
`;

const BASEOF = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><nav><a href="{{ "/" | relURL }}">图书馆年鉴</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
`;
const SINGLE = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ with .Params.figures }}<table><thead><tr><th>指标</th><th>原文</th><th>单位</th><th>说明</th></tr></thead><tbody>
{{ range . }}<tr><th scope="row">{{ .label }}</th><td>{{ .written }}</td><td>{{ .unit }}</td><td>{{ .period }} {{ .change }} {{ .discrepancy }}</td></tr>
{{ end }}</tbody></table>{{ end }}
{{ .Content }}{{ end }}
`;
const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`;

/** The value of one figure as written in the frontmatter (`364565`, `42万多`, or the object form's value). */
function writtenOf(raw: unknown): { written: string; extra: Record<string, string> } {
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const extra: Record<string, string> = {};
    for (const k of ['period', 'change', 'discrepancy']) if (typeof o[k] === 'string') extra[k] = o[k];
    return { written: String(o['value']), extra };
  }
  return { written: String(raw), extra: {} };
}

/** The Hugo site for a corpus: config, layouts, and one Markdown page per library and report. */
export function* hugoSite(corpus: Iterable<SourceFile>): Generator<SourceFile> {
  yield { path: 'config.toml', text: CONFIG };
  yield { path: 'layouts/_default/baseof.html', text: BASEOF };
  yield { path: 'layouts/_default/single.html', text: SINGLE };
  yield { path: 'layouts/_default/list.html', text: LIST };
  yield { path: 'layouts/index.html', text: LIST };
  yield { path: 'content/reports/_index.md', text: '---\ntitle: 年度报告\n---\n' };
  yield { path: 'content/libraries/_index.md', text: '---\ntitle: 图书馆\n---\n' };
  for (const f of corpus) {
    if (f.path.startsWith('libraries/')) {
      const lib = parse(f.text) as {
        id: string;
        name: string;
        level: string;
        region: { province: string; city: string };
      };
      const fm = { title: lib.name, level: lib.level, province: lib.region.province, city: lib.region.city };
      yield {
        path: `content/libraries/${lib.id}.md`,
        text: `---\n${stringify(fm)}---\n\n${lib.region.province}${lib.region.city}\n`,
      };
      continue;
    }
    const src = parseSource(f.text);
    const data = src.data as {
      library: string;
      year: number;
      title: string;
      figures: Record<string, Record<string, unknown>>;
    };
    const figures = METRICS.flatMap((m) => {
      const raw = data.figures[m.group]?.[m.key];
      if (raw === undefined) return [];
      const { written, extra } = writtenOf(raw);
      return [{ id: m.id, label: m.label, written, unit: m.unit, ...extra }];
    });
    const fm = { title: data.title, library: data.library, year: data.year, figures };
    yield {
      path: `content/${f.path.replace(/\.mdx$/, '.md')}`,
      text: `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${src.body}`,
    };
  }
}
