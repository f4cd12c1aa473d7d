/** A library: one YAML file under `content/libraries/<id>.yaml`. */
import { z } from 'astro/zod';
import { LIBRARY_LEVEL_IDS, LIBRARY_LEVELS } from '../lib/model/library-levels.ts';
import { choicesDescription, choicesMessage } from './issue.ts';

export const libraryIdPattern = /^[a-z][a-z0-9-]*$/;

export const librarySchema = z.strictObject({
  id: z
    .string()
    .regex(libraryIdPattern, { error: 'id 只能用小写拼音字母、数字和连字符，如 beihai' })
    .describe('馆的标识，与文件名相同，小写拼音，如 beihai'),
  name: z.string().min(2).describe('馆名（中文全称），如 北海市图书馆'),
  nameEn: z.string().min(2).describe('English name, e.g. Beihai City Library'),
  level: z
    .enum(LIBRARY_LEVEL_IDS, { error: `level 只能是 ${choicesMessage(LIBRARY_LEVELS)}` })
    .describe(`行政级别：${choicesDescription(LIBRARY_LEVELS)}`),
  region: z.strictObject({
    province: z.string().min(2).describe('省级行政区，如 广西壮族自治区'),
    city: z.string().min(2).describe('地级市，如 北海市'),
  }),
  website: z.url({ error: 'website 要写完整网址，如 https://www.example.org/' }).optional().describe('官方网站'),
  population: z
    .strictObject({
      value: z.number().int().positive().describe('服务人口（人）'),
      year: z.number().int().describe('人口数据的年份'),
      source: z.string().min(2).describe('人口数据来源，如 第七次全国人口普查公报'),
    })
    .optional()
    .describe('服务人口及其来源（没有可靠来源就不填）'),
});

export type LibraryInput = z.input<typeof librarySchema>;
export type Library = z.output<typeof librarySchema>;
