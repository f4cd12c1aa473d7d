import { describe, expect, it } from 'vitest';
import { reporterLabelEn, reportersByMetric } from '../../../src/lib/views/metric-reporters.ts';

describe('reportersByMetric with the English label', () => {
  it('writes “Name (year, year)”, years without repeats', () => {
    const rows = [
      { metric: 'm', library: 'a', libraryName: 'A Library', year: 2020 },
      { metric: 'm', library: 'b', libraryName: 'B Library', year: 2021 },
      { metric: 'm', library: 'a', libraryName: 'A Library', year: 2021 },
      { metric: 'm', library: 'a', libraryName: 'A Library', year: 2021 },
    ];
    expect(reportersByMetric(rows, reporterLabelEn).get('m')).toEqual(['A Library (2020, 2021)', 'B Library (2021)']);
    expect(reportersByMetric(rows).get('m')).toEqual(['A Library（2020、2021）', 'B Library（2021）']);
  });
});
