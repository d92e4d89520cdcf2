// Types of rule.mjs for TypeScript users: the rule has the public Rule shape.
import type { Rule } from 'solieu';

/** 'percent/fraction-share': a share written as a fraction ('Tỷ lệ đảng viên nữ là 1/3'). */
export declare const fractionShare: Rule;
