import type { Rule } from '../../engine/rule';
import { maxLength } from './maxLength';

export const countRules: Rule[] = [maxLength];
