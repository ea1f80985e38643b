// Policy-clause rules (issue 5). One file per rule; list each here.
import type { Rule } from '../../engine/rule';

export const policyRules: Rule[] = [];
