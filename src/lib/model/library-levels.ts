/** A library's administrative level: ONE table, read by the library schema, the data layer and the pages. Pure. */

/**
 * Each level with its labels, in the order pages list libraries (city, then district, then county), and
 * the peer class (市 / 区 / 县·旗) its libraries are compared in.
 */
export const LIBRARY_LEVELS = {
  city: { zh: '地级市', en: 'prefecture-level city', peer: { zh: '市', en: 'city' } },
  district: { zh: '市辖区', en: 'city district', peer: { zh: '区', en: 'district' } },
  county: { zh: '县·旗', en: 'county / banner', peer: { zh: '县·旗', en: 'county / banner' } },
} as const;
export type LibraryLevel = keyof typeof LIBRARY_LEVELS;

/** The level ids in table order. */
export const LIBRARY_LEVEL_IDS = Object.keys(LIBRARY_LEVELS) as [LibraryLevel, ...LibraryLevel[]];
