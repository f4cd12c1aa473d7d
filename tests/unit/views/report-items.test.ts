import { describe, expect, it } from 'vitest';
import { itemParts } from '../../../src/lib/views/report-items.ts';

describe('itemParts', () => {
  it.each([
    ['馆藏文献总量不足\n市图书馆原有藏书少。', { heading: '馆藏文献总量不足', text: '市图书馆原有藏书少。' }],
    ['完成玻璃球顶的维修（三期）工程。', { heading: '', text: '完成玻璃球顶的维修（三期）工程。' }],
    ['  标题 \n第一段\n第二段\n', { heading: '标题', text: '第一段\n第二段' }],
  ])('%j', (item, parts) => {
    expect(itemParts(item)).toEqual(parts);
  });
});
