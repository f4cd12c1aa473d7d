/** A library: one YAML file under `content/libraries/<id>.yaml`. */
import { z } from 'astro/zod';
import { FigureFormatError, parseFigure } from '../lib/model/parse-figure.ts';
import { figureErrorText, text } from '../lib/model/messages.ts';
import { LIBRARY_LEVEL_IDS, LIBRARY_LEVELS } from '../lib/model/library-levels.ts';
import type { ServicePopulation } from '../lib/model/population.ts';
import { addIssue, choicesDescription, choicesMessage } from './issue.ts';

export const libraryIdPattern = /^[a-z][a-z0-9-]*$/;

const POPULATION_EXAMPLE =
  'population: { value: 1853227, year: 2020, source: 北海市第七次全国人口普查主要数据公报, area: 北海市 }';

/**
 * The service population: written as the source writes it (`1853227`, `"366.72万"`), with the year and
 * the source it is cited from. No source, no population: the site never computes per-capita figures from
 * a number nobody can check, and never from a year that has not happened.
 */
export const populationSchema = z
  .strictObject({
    value: z.union([z.number(), z.string()]).describe('服务人口，照来源原文写，如 1853227 或 "366.72万"'),
    year: z
      .number({ error: 'population.year 要写成四位数字，如 2020' })
      .int()
      .describe('人口数据的年份，如普查年 2020'),
    source: z.string().min(2).optional().describe('人口数据来源（必填），如 北海市第七次全国人口普查主要数据公报'),
    url: z.url({ error: 'population.url 要写完整网址，如 https://…' }).optional().describe('来源网址（有就填）'),
    area: z.string().min(2).optional().describe('这个人口数所指的地区，如 北海市、佛山市南海区'),
    note: z.string().min(2).optional().describe('服务人口怎么取的，如 服务人口按北海市常住人口计；显示在人均指标旁'),
  })
  .transform((p, ctx): ServicePopulation => {
    let ok = true;
    if (p.source === undefined) {
      ok = false;
      addIssue(
        ctx,
        p,
        {
          code: 'library/population-source',
          message: text(
            'population 没有写来源 source：没有来源的人口数不能用来计算人均指标',
            'population has no source: a population without a source cannot be used for per-capita figures',
          ),
          hint: text(
            `写明出处，如 ${POPULATION_EXAMPLE}；找不到可靠来源就删掉整个 population（网站会写明“服务人口未注明来源，不计算人均”），不要估算`,
            `Cite where it comes from, e.g. ${POPULATION_EXAMPLE}; without a reliable source remove population altogether (never estimate)`,
          ),
        },
        ['source'],
      );
    }
    const thisYear = new Date().getUTCFullYear();
    if (p.year > thisYear) {
      ok = false;
      addIssue(
        ctx,
        p.year,
        {
          code: 'library/population-year',
          message: text(
            `population.year 是 ${p.year}，在今年（${thisYear}）之后：人口数只能来自已经发布的统计`,
            `population.year is ${p.year}, after this year (${thisYear}): a population can only come from published statistics`,
          ),
          hint: text(
            '写人口数据实际所属的年份，如第七次全国人口普查写 2020',
            'Write the year the population was counted, e.g. 2020 for the seventh census',
          ),
        },
        ['year'],
      );
    }
    let parsed: { value: number; qualifier: ServicePopulation['qualifier']; written: string } | undefined;
    try {
      parsed = parseFigure(p.value, { unit: '人', wholeNumber: true });
      if (parsed.value <= 0) throw new FigureFormatError('no-number', parsed.written);
    } catch (e) {
      if (!(e instanceof FigureFormatError)) throw e;
      ok = false;
      const t = figureErrorText(e.code, e.written, '人');
      addIssue(
        ctx,
        p.value,
        {
          code: `library/population-${e.code}`,
          message: text(`population.value：${t.zh}`, `population.value: ${t.en}`),
          hint: text(
            '照来源原文写人口数：1853227 或 "366.72万"',
            'Write the population as the source does: 1853227 or "366.72万"',
          ),
        },
        ['value'],
      );
    }
    if (!ok || !parsed || p.source === undefined) return z.NEVER;
    return { ...parsed, year: p.year, source: p.source, url: p.url, area: p.area, note: p.note };
  });

export const librarySchema = z.strictObject({
  id: z
    .string()
    .regex(libraryIdPattern, { error: 'id 只能用小写拼音字母、数字和连字符，如 beihai' })
    .describe('馆的标识，与文件名相同，小写拼音，如 beihai'),
  name: z.string().min(2).describe('馆名（中文全称），如 北海市图书馆'),
  nameEn: z.string().min(2).describe('English name, e.g. Beihai City Library'),
  level: z
    .enum(LIBRARY_LEVEL_IDS, { error: `level 只能是 ${choicesMessage(LIBRARY_LEVELS)}` })
    .describe(`行政级别，也是比较时的同级分组：${choicesDescription(LIBRARY_LEVELS)}`),
  region: z.strictObject({
    province: z.string().min(2).describe('省级行政区，如 广西壮族自治区'),
    city: z.string().min(2).describe('地级市，如 北海市'),
  }),
  website: z.url({ error: 'website 要写完整网址，如 https://www.example.org/' }).optional().describe('官方网站'),
  population: populationSchema.optional().describe('服务人口及其来源（没有可靠来源就不填，网站不计算人均，也不估算）'),
});

export type LibraryInput = z.input<typeof librarySchema>;
export type Library = z.output<typeof librarySchema>;
