import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv } from '../../../src/lib/open-data/csv.ts';
import {
  WHOLE_DOWNLOAD_LIMIT,
  bomTwinPieces,
  digestChunks,
  downloadEntries,
  hashedPieces,
  jsonArrayChunks,
  csvTwins,
  streamedResponse,
} from '../../../src/lib/open-data/download-files.ts';

const items = Array.from({ length: 7 }, (_, i) => ({
  id: `e-${i}`,
  text: i === 3 ? '含\n换行与"引号",逗号' : `第${i}条`,
  categories: i % 2 ? ['lecture', 'exhibition'] : [],
  end: i === 5 ? undefined : '2021-03',
  nested: { a: [1, { b: i }] },
}));

describe('jsonArrayChunks', () => {
  it.each([0, 1, 2, 7])('equals JSON.stringify(items, null, 1) for %i items in any batch size', (n) => {
    for (const batch of [1, 2, 3, 500])
      expect([...jsonArrayChunks(items.slice(0, n), batch)].join('')).toBe(
        `${JSON.stringify(items.slice(0, n), null, 1)}\n`,
      );
  });
});

describe('csvChunks', () => {
  it('equals toCsv in any batch size', () => {
    const cols = ['id', 'text', 'categories', 'end'] as const;
    for (const batch of [1, 3, 1000])
      expect([...csvChunks(items, [...cols], batch)].join('')).toBe(toCsv(items, [...cols]));
    expect([...csvChunks([], [...cols])].join('')).toBe(toCsv([] as typeof items, [...cols]));
  });
  it('writes the BOM only when asked (the -no-bom twin for programs)', () => {
    expect([...csvChunks(items, ['id'])].join('').startsWith('\uFEFFid\r\n')).toBe(true);
    expect([...csvChunks(items, ['id'], 1000, { bom: false })].join('').startsWith('id\r\n')).toBe(true);
  });
  it('joins a list cell by spaces and leaves null empty', () => {
    const csv = [...csvChunks([{ a: ['x', 'y'], b: null }], ['a', 'b'], 1000, { bom: false })].join('');
    expect(csv).toBe('a,b\r\nx y,\r\n');
  });
});

describe('streamedResponse', () => {
  it('concatenates the pieces as UTF-8', async () => {
    const r = streamedResponse(['图书', '馆', ''], 'text/plain');
    expect(await r.text()).toBe('图书馆');
    expect(r.headers.get('Content-Type')).toBe('text/plain');
  });
});

describe('downloadEntries', () => {
  const figures = new Map([
    [2021, 10],
    [2020, 5],
  ]);
  const events = new Map([[2021, 7]]);
  it('has the whole-corpus set and one set per year for a small corpus', () => {
    const e = downloadEntries(4, figures, events, new Map([[2021, 3]]));
    const files = ['figures', 'events', 'indicators'].flatMap((t) => [`${t}.csv`, `${t}-no-bom.csv`, `${t}.json`]);
    expect(e.map((x) => x.path)).toEqual([
      ...files.map((f) => `/data/${f}`),
      ...files.map((f) => `/data/2020/${f}`),
      ...files.map((f) => `/data/2021/${f}`),
    ]);
    expect(e.map((x) => x.rows)).toEqual([
      ...[15, 15, 15, 7, 7, 7, 3, 3, 3],
      ...[5, 5, 5, 0, 0, 0, 0, 0, 0],
      ...[10, 10, 10, 7, 7, 7, 3, 3, 3],
    ]);
  });
  it('drops the whole-corpus set above the limit', () => {
    const e = downloadEntries(WHOLE_DOWNLOAD_LIMIT + 1, figures, events);
    expect(e.some((x) => x.scope === 'all')).toBe(false);
    expect(e).toHaveLength(18);
  });
});

describe('digestChunks', () => {
  it('is sha256sum of a known text', () => {
    // printf abc | sha256sum
    expect(digestChunks(['a', 'bc'])).toEqual({
      bytes: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });

  it.each([
    ['CSV with BOM', () => csvChunks(items, ['id', 'text', 'end'], 2)],
    ['CSV without BOM', () => csvChunks(items, ['id', 'text', 'end'], 2, { bom: false })],
    ['JSON', () => jsonArrayChunks(items, 3)],
    ['empty JSON', () => jsonArrayChunks([], 3)],
  ])('hashes exactly the bytes the streamed response sends (%s)', async (_name, chunks) => {
    const sent = new Uint8Array(await streamedResponse(chunks(), 'text/plain').arrayBuffer());
    expect(digestChunks(chunks())).toEqual({
      bytes: sent.byteLength,
      sha256: createHash('sha256').update(sent).digest('hex'),
    });
  });

  it('counts bytes, not characters (UTF-8 Chinese, the BOM)', () => {
    expect(digestChunks(['\ufeff', '图书馆']).bytes).toBe(3 + 9);
  });
});

describe('hashedPieces', () => {
  it('passes on exactly the bytes the streamed response sends, and their digest once all have passed', async () => {
    const chunks = (): Iterable<string> => csvChunks(items, ['id', 'text', 'end'], 2);
    const sent = new Uint8Array(await streamedResponse(chunks(), 'text/plain').arrayBuffer());
    const hashed = hashedPieces(chunks());
    expect(() => hashed.digest()).toThrow(/before every piece/);
    const passed = Buffer.concat([...hashed.pieces]);
    expect(passed.equals(Buffer.from(sent))).toBe(true);
    expect(hashed.digest()).toEqual(digestChunks(chunks()));
  });
});

describe('bomTwinPieces', () => {
  it('gives a CSV and its BOM-less twin, byte for byte what their own routes send, and both digests', async () => {
    const sent = async (bom: boolean): Promise<Buffer> =>
      Buffer.from(
        await streamedResponse(csvChunks(items, ['id', 'text', 'end'], 2, { bom }), 'text/csv').arrayBuffer(),
      );
    const twins = bomTwinPieces(csvChunks(items, ['id', 'text', 'end'], 2));
    expect(() => twins.digests()).toThrow(/before every piece/);
    const steps = [...twins.pieces];
    const withBom = Buffer.concat(steps.map(([a]) => a));
    const withoutBom = Buffer.concat(steps.map(([, b]) => b));
    expect(withBom.equals(await sent(true))).toBe(true);
    expect(withoutBom.equals(await sent(false))).toBe(true);
    expect(twins.digests()).toEqual([
      digestChunks(csvChunks(items, ['id', 'text', 'end'], 2)),
      digestChunks(csvChunks(items, ['id', 'text', 'end'], 2, { bom: false })),
    ]);
  });

  it('refuses a text that does not start with the BOM, or is empty', () => {
    expect(() => [...bomTwinPieces(['id,text\r\n']).pieces]).toThrow(/byte order mark/);
    expect(() => [...bomTwinPieces([]).pieces]).toThrow(/empty/);
  });
});

describe('csvTwins', () => {
  it.each([
    ['/data/2021/figures.csv', ['/data/2021/figures.csv', '/data/2021/figures-no-bom.csv']],
    ['/data/2021/figures-no-bom.csv', ['/data/2021/figures.csv', '/data/2021/figures-no-bom.csv']],
    ['metrics.csv', ['metrics.csv', 'metrics-no-bom.csv']],
    ['/data/figures.json', undefined],
  ])('%s → %j', (file, twins) => {
    expect(csvTwins(file)).toEqual(twins);
  });
});
