import { describe, expect, it } from 'vitest';
import * as documentModule from '../../src/document/index.js';
import * as root from '../../src/index.js';

describe('document exports', () => {
  it('exports exactly parseArticle and parseDocument', () => {
    expect(Object.keys(documentModule).sort()).toEqual(['parseArticle', 'parseDocument']);
  });

  it('the package entry exports parseArticle', () => {
    expect(typeof root.parseArticle).toBe('function');
  });
});
