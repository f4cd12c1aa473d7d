/** The data package descriptor: a resource per BOM-less CSV, schemas from the column table, every cell casts. */
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/lib/model/catalog.ts';
import { csvChunks } from '../../../src/lib/open-data/csv.ts';
import { columnNames, FIGURE_COLUMNS } from '../../../src/lib/open-data/columns.ts';
import { dataPackage, packageDates, schemaField, type SchemaField } from '../../../src/lib/open-data/data-package.ts';
import { downloadEntries } from '../../../src/lib/open-data/download-files.ts';
import { figureRecords } from '../../../src/lib/open-data/figure-records.ts';
import { metricRecords } from '../../../src/lib/open-data/reference-tables.ts';
import { figureRow, visitsRow } from '../../support/factories.ts';

const meta = {
  title: 't',
  description: 'd',
  homepage: 'https://example.org/',
  version: '1',
  created: '2024-01-01T00:00:00Z',
  licenses: [],
  sources: [],
  contributors: [],
};
const describeAll = new Proxy({}, { get: () => new Proxy({}, { get: (_t, k) => `about ${String(k)}` }) });

/** Cast one CSV cell as a Table Schema reader would; throws on a cell that does not fit. */
function cast(f: SchemaField, cell: string): unknown {
  if (cell === '') {
    if (f.constraints?.required) throw new Error(`${f.name}: required`);
    return null;
  }
  if (f.constraints?.enum && !f.constraints.enum.includes(cell)) throw new Error(`${f.name}: ${cell} not in enum`);
  if (f.type === 'integer' && !/^-?\d+$/.test(cell)) throw new Error(`${f.name}: ${cell} not integer`);
  if (f.type === 'number' && !Number.isFinite(Number(cell))) throw new Error(`${f.name}: ${cell} not number`);
  if (f.type === 'boolean' && cell !== 'true' && cell !== 'false') throw new Error(`${f.name}: ${cell} not boolean`);
  if (f.format === 'uri') new URL(cell);
  return cell;
}

describe('dataPackage', () => {
  it('lists the reference tables and every BOM-less CSV, with keys to metrics and libraries', () => {
    const entries = downloadEntries(2, new Map([[2021, 2]]), new Map([[2021, 1]]));
    const pkg = dataPackage(meta, entries, describeAll as never) as {
      resources: { name: string; path: string; schema: { foreignKeys: unknown[] } }[];
    };
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'metrics-no-bom.csv',
      'libraries-no-bom.csv',
      'changelog-no-bom.csv',
      ...['figures', 'events', 'indicators'].map((t) => `${t}-no-bom.csv`),
      ...['figures', 'events', 'indicators'].map((t) => `2021/${t}-no-bom.csv`),
    ]);
    expect(pkg.resources.find((r) => r.name === 'figures-2021')?.schema.foreignKeys).toContainEqual({
      fields: 'metric',
      reference: { resource: 'metrics', fields: 'id' },
    });
  });

  it('casts every cell of a figures CSV, with unique ids and metrics that exist', () => {
    const rows = [
      visitsRow('demo', 2021, 420000, '42万多', 'more-than', { change: '+10.66%' }),
      figureRow({ library: 'demo', year: 2021, quote: '', quoteLine: 0, labels: ['purchases-only'] }),
    ];
    const fields = FIGURE_COLUMNS.map((c) => schemaField(c, c.name));
    const csv = [
      ...csvChunks([...figureRecords(rows, (p) => `https://example.org${p}`)], columnNames(FIGURE_COLUMNS), 1000, {
        bom: false,
      }),
    ].join('');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(fields.map((f) => f.name).join(','));
    const metricIds = new Set(metricRecords(METRICS).map((m) => m.id));
    const ids = new Set<unknown>();
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const row = Object.fromEntries(fields.map((f, i) => [f.name, cast(f, cells[i] ?? '')]));
      ids.add(row['id']);
      expect(metricIds.has(row['metric'] as string)).toBe(true);
    }
    expect(ids.size).toBe(rows.length);
    expect(() => cast(fields.find((f) => f.name === 'qualifier') as SchemaField, 'roughly')).toThrow();
  });
});

describe('packageDates', () => {
  it('versions and dates the package by the day the data was last updated', () => {
    expect(packageDates('2026-11-29')).toEqual({ version: '2026.11.29', created: '2026-11-29T00:00:00Z' });
  });
  it('leaves the date out, and says so in the version, when nothing tells when', () => {
    expect(packageDates(undefined)).toEqual({ version: 'unversioned' });
    expect(packageDates('soon')).toEqual({ version: 'unversioned' });
  });
});
