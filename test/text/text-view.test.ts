import { describe, expect, it } from 'vitest';
import { TextViewBuilder, collapseSpaces, foldView, sliceView, sliceViewOf, subView, viewSpan, cleanString } from '../../src/text/text-view.js';
import { originalSpan } from '../../src/text/normalize.js';

describe('TextViewBuilder', () => {
  it('maps decoded character references back to their raw text', () => {
    const raw = 'A&amp;B &lt; C&nbsp;D &#7871; &#x1F600; &bogus; x';
    const b = new TextViewBuilder(raw);
    b.appendDecoded(0, raw.length, 'A&B < C\u00a0D ế 😀 &bogus; x');
    const v = b.build();
    expect(v.text).toBe('A&B < C\u00a0D ế 😀 &bogus; x');
    const at = v.text.indexOf('&');
    expect(viewSpan(v, at, at + 1).text).toBe('&amp;');
    const e = v.text.indexOf('ế');
    expect(viewSpan(v, e, e + 1).text).toBe('&#7871;');
    const smile = v.text.indexOf('😀');
    expect(viewSpan(v, smile, smile + 2).text).toBe('&#x1F600;');
    expect(viewSpan(v, v.text.indexOf('&bogus;'), v.text.indexOf('&bogus;') + 7).text).toBe('&bogus;');
  });

  it('maps CR LF read as LF, stripped indentation and backslash escapes', () => {
    const raw = 'một\r\n   hai \\* ba';
    const b = new TextViewBuilder(raw);
    b.appendDecoded(0, raw.length, 'một\r\nhai * ba'.replace('\r\n', '\n'));
    const v = b.build();
    expect(viewSpan(v, 0, v.text.length).text).toBe(raw);
    const star = v.text.indexOf('*');
    expect(viewSpan(v, star, star + 1).text).toBe('*');
    expect(viewSpan(v, v.text.indexOf('hai'), v.text.indexOf('hai') + 3).text).toBe('hai');
  });

  it('joins adjacent pieces without a space and separators without original text', () => {
    const raw = '<p>Xã <b>Mẫu</b>có</p><p>Hai</p>';
    const b = new TextViewBuilder(raw);
    b.appendSlice(3, 6);
    b.appendSlice(9, 12);
    b.appendSlice(16, 18);
    b.appendBreak(' ');
    b.appendSlice(25, 28);
    const v = b.build();
    expect(v.text).toBe('Xã Mẫucó Hai');
    expect(viewSpan(v, 0, v.text.length).text).toBe('Xã <b>Mẫu</b>có</p><p>Hai');
  });
});

describe('view transforms', () => {
  it('collapses spaces, keeping hard breaks as asked', () => {
    const raw = '  a \u00a0 b\r\n\r\n c\u2028d  ';
    expect(collapseSpaces(sliceView(raw, 0, raw.length), 'none').text).toBe('a b c d');
    expect(collapseSpaces(sliceView(raw, 0, raw.length), 'newlines').text).toBe('a b\nc\nd');
    expect(collapseSpaces(sliceView(raw, 0, raw.length), 'separators').text).toBe('a b c\nd');
  });

  it('folds like normalizeView and composes the maps (NFD, quotes, tone placement)', () => {
    const raw = '<b>“Hoà</b> bình” 4.568'.normalize('NFD');
    const b = new TextViewBuilder(raw);
    const open = raw.indexOf('<b>') + 3;
    b.appendSlice(open, raw.indexOf('</b>'));
    b.appendSlice(raw.indexOf('</b>') + 4, raw.length);
    const v = foldView(b.build());
    expect(v.text).toBe('"Hòa bình" 4.568');
    const at = v.text.indexOf('4.568');
    expect(originalSpan(v, at, at + 5).text).toBe('4.568');
    expect(viewSpan(v, 0, 4).text.normalize('NFC')).toBe('“Hoà');
    expect(cleanString(b.build())).toBe('“Hoà bình” 4.568');
  });

  it('folds a view whose characters fold one for one onto the same map', () => {
    const raw = 'xx “Hoà” – ok yy';
    const view = subView(sliceView(raw, 0, raw.length), 3, 13);
    const v = foldView(view);
    expect(v.text).toBe('"Hòa" - ok');
    expect(v.starts).toBe(view.starts);
    expect(viewSpan(v, 0, 5).text).toBe('“Hoà”');
    const clean = subView(view, 8, 10);
    expect(foldView(clean)).toBe(clean);
  });

  it('slice views hold an offset and make the same maps as sliceView when read', () => {
    const raw = 'ab “Hoà” cd  e';
    const lazy = sliceViewOf(raw, 3, 12);
    const eager = sliceView(raw, 3, 12);
    expect(lazy.text).toBe(eager.text);
    expect(viewSpan(lazy, 1, 4)).toEqual(viewSpan(eager, 1, 4));
    expect(Array.from(lazy.starts ?? [])).toEqual(Array.from(eager.starts ?? []));
    expect(Array.from(lazy.ends ?? [])).toEqual(Array.from(eager.ends ?? []));
    const sub = subView(lazy, 6, 9);
    expect(viewSpan(sub, 0, 3)).toEqual({ start: 9, end: 12, text: 'cd ' });
    const folded = foldView(lazy);
    expect(folded.text).toBe('"Hòa" cd ');
    expect(viewSpan(folded, 0, 5)).toEqual({ start: 3, end: 8, text: '“Hoà”' });
    const collapsed = collapseSpaces(sliceViewOf(raw, 9, 14), 'none');
    expect(collapsed.text).toBe('cd e');
    expect(viewSpan(collapsed, 3, 4)).toEqual({ start: 13, end: 14, text: 'e' });
  });

  it('cleans a slice view read in place', () => {
    const raw = 'x Tỉnh ủy  y ' + 'Tổng'.normalize('NFD') + ' z';
    expect(cleanString(sliceViewOf(raw, 2, 9))).toBe('Tỉnh ủy');
    expect(cleanString(sliceViewOf(raw, 2, 12))).toBe('Tỉnh ủy y');
    expect(cleanString(sliceViewOf(raw, 12, raw.length))).toBe('Tổng z');
  });

  it('slice views of a very long input make maps of their own', () => {
    const raw = 'x'.repeat((1 << 20) + 10) + 'abc';
    const view = sliceViewOf(raw, raw.length - 3, raw.length);
    expect(Array.from(view.starts ?? [])).toEqual([raw.length - 3, raw.length - 2, raw.length - 1]);
    expect(Array.from(view.ends ?? [])).toEqual([raw.length - 2, raw.length - 1, raw.length]);
  });

  it('sub-views keep their map', () => {
    const raw = 'xx Tỉnh ủy yy';
    const v = subView(sliceView(raw, 0, raw.length), 3, 10);
    expect(v.text).toBe('Tỉnh ủy');
    expect(viewSpan(v, 0, v.text.length)).toEqual({ start: 3, end: 10, text: 'Tỉnh ủy' });
  });
});
