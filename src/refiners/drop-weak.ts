/**
 * Drops readings no refiner confirmed: a 'xóa được 87 bản' that found no before/after frame is a
 * count governed by 'xóa được', not a change.
 * @module
 */
import type { SentenceRefiner } from '../rules/rule.js';

/** Removes drafts still marked weak. */
export const dropWeak: SentenceRefiner = {
  name: 'drop-weak',
  refine(drafts) {
    return drafts.some((d) => d.weak) ? drafts.filter((d) => !d.weak) : drafts;
  },
};
