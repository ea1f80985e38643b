// Every built-in rule, in reporting order.
import type { Rule } from '../engine/rule';
import { countRules } from './count';
import { formatRules } from './format';
import { piiRules } from './pii';
import { policyRules } from './policy';
import { teamRules } from './team';

export const allRules: readonly Rule[] = [...formatRules, ...countRules, ...piiRules, ...policyRules, ...teamRules];

export const ruleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.id));
