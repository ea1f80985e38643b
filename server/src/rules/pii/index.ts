// Personal-data rules (issue 4). One file per rule; list each here.
import type { Rule } from '../../engine/rule';

export const piiRules: Rule[] = [];
