import type { Rule } from '../../engine/rule';
import { emptyPost } from './emptyPost';
import { frontMatterSyntax } from './frontMatter';
import { maxImages } from './maxImages';
import { unclosedComment } from './unclosedComment';

export const formatRules: Rule[] = [frontMatterSyntax, emptyPost, maxImages, unclosedComment];
