import type { Rule } from '../../engine/rule';
import { emptyPost } from './emptyPost';
import { encoding } from './encoding';
import { frontMatterSyntax } from './frontMatter';
import { maxImages } from './maxImages';
import { unclosedComment } from './unclosedComment';
import { weekday } from './weekday';

// format/encoding first: when it fires, lint() runs no other rule over the garbled text.
export const formatRules: Rule[] = [encoding, frontMatterSyntax, emptyPost, maxImages, unclosedComment, weekday];
