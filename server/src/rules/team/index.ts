// Rules configured by the team file itself (issue 6). One file per rule; list each here.
import type { Rule } from '../../engine/rule';
import { terms } from './terms';

export const teamRules: Rule[] = [terms];
