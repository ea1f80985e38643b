// Policy-clause rules (issue 5). One file per rule; list each here.
import type { Rule } from '../../engine/rule';
import { account } from './account';
import { approval } from './approval';
import { category } from './category';
import { citation } from './citation';
import { correction } from './correction';
import { discrimination } from './discrimination';
import { mention } from './mention';
import { personalOpinion } from './personalOpinion';
import { reply } from './reply';
import { repost } from './repost';
import { secret } from './secret';
import { timing } from './timing';
import { undecided } from './undecided';
// The server prepares the semantic rules' sentence scans in slices before they run.
import './nlp/warmUp';

export const policyRules: Rule[] = [
  citation,
  mention,
  reply,
  repost,
  personalOpinion,
  discrimination,
  undecided,
  secret,
  timing,
  category,
  account,
  approval,
  correction,
];
