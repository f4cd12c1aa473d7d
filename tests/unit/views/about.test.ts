import { describe, expect, it } from 'vitest';
import { LICENCES } from '../../../src/lib/site/settings.ts';
import { aboutView } from '../../../src/lib/views/about.ts';

const libraries = [
  { id: 'beihai', name: '北海市图书馆', path: '/libraries/beihai/' },
  { id: 'nanhai', name: '南海区图书馆', path: '/libraries/nanhai/' },
];
const licence = LICENCES['CC-BY-4.0']!;

describe('aboutView', () => {
  it('counts what the site holds and keeps the licence and date', () => {
    const v = aboutView({ libraries, reports: 4, figures: 79, licence, contact: undefined, updated: '2026-11-22' });
    expect(v.counts).toEqual({ libraries: 2, reports: 4, figures: 79 });
    expect(v.licence).toBe(licence);
    expect(v.updated).toBe('2026-11-22');
  });

  it('corrections go to the contact when one is set', () => {
    const contact = { href: 'mailto:c@example.org', text: 'c@example.org' };
    expect(aboutView({ libraries, reports: 1, figures: 1, licence, contact, updated: undefined }).corrections).toEqual({
      kind: 'contact',
      contact,
    });
  });

  it('without a contact, to the libraries themselves, each with its page', () => {
    expect(
      aboutView({ libraries, reports: 1, figures: 1, licence, contact: undefined, updated: undefined }).corrections,
    ).toEqual({
      kind: 'libraries',
      libraries: [
        { name: '北海市图书馆', path: '/libraries/beihai/' },
        { name: '南海区图书馆', path: '/libraries/nanhai/' },
      ],
    });
  });
});
