// Hostile inputs shared by the unit, CLI and protocol tests of issue 14.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A 4-line YAML whose aliases expand to 101 × 101 nodes (the yaml library's alias limit throws from toJS()). */
export const YAML_ALIAS_BOMB = `a: &a [x]\nb: &b [${Array(101).fill('*a').join(',')}]\nc: [${Array(101).fill('*b').join(',')}]\nd: 1\n`;

/** What only the files outside the workspace contain: no message may ever show it. */
export const OUTSIDE_SECRET = 'TOPSECRET';
export const OUTSIDE_KEY = 'secretKeyName';

/** A post whose images point out of the workspace four ways, then (second post) at a GPS-tagged image inside it. */
export const OUTSIDE_IMAGES_POST = '写真です\n![a](../outside.jpg)\n![b](link.jpg)\n![c](/etc/passwd)\n![d](up/outside/photo.jpg)\n---\n![e](inside.jpg)\n';
/** The image paths of OUTSIDE_IMAGES_POST that must be refused, in order. */
export const OUTSIDE_IMAGE_PATHS = ['../outside.jpg', 'link.jpg', '/etc/passwd', 'up/outside/photo.jpg'];

export interface ConfinementTree {
  /** The temp folder holding everything (remove it after the test). */
  base: string;
  /** The workspace (holds .git, so the CLI takes it as the repository). */
  ws: string;
  /** A folder beside the workspace with the files that must not be read through it. */
  outside: string;
}

/**
 * Issue 14, files outside the workspace: a workspace with links out (`up -> ..`, an image, a config, a post), a link
 * loop, a link to a folder outside, a duplicate name for a post, and the outside files themselves (GPS-tagged images,
 * a config whose key names are secret, a post with the secret in it).
 */
export function confinementTree(jpegWithGps: Uint8Array): ConfinementTree {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'post-policy-confine-')));
  const ws = join(base, 'ws');
  const outside = join(base, 'outside');
  const write = (path: string, data: string | Uint8Array) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  };
  write(join(outside, 'secret.post.md'), `非公開 ${OUTSIDE_SECRET} 連絡先 090-1234-5678\n`);
  write(join(outside, 'secret.json'), JSON.stringify({ [OUTSIDE_KEY]: OUTSIDE_SECRET }));
  write(join(outside, 'team.json'), '{"limit": 100}');
  write(join(outside, 'photo.jpg'), jpegWithGps);
  write(join(base, 'outside.jpg'), jpegWithGps);
  mkdirSync(join(ws, '.git'), { recursive: true });
  write(join(ws, 'inside.jpg'), jpegWithGps);
  write(join(ws, 'img.post.md'), OUTSIDE_IMAGES_POST);
  symlinkSync('../outside/photo.jpg', join(ws, 'link.jpg'));
  symlinkSync('..', join(ws, 'up'));
  symlinkSync('../outside/secret.json', join(ws, 'linked.json'));
  write(join(ws, 'posts', 'a.post.md'), 'お知らせです\n');
  write(join(ws, 'posts', 'sub', 'b.post.md'), 'もう一つのお知らせです\n');
  symlinkSync('..', join(ws, 'posts', 'up'));
  symlinkSync('.', join(ws, 'posts', 'sub', 'loop'));
  symlinkSync('sub', join(ws, 'posts', 'again'));
  symlinkSync('a.post.md', join(ws, 'posts', 'alias.post.md'));
  symlinkSync('../../outside', join(ws, 'posts', 'out'));
  symlinkSync('../../outside/secret.post.md', join(ws, 'posts', 'evil.post.md'));
  return { base, ws, outside };
}

/** What a walk of ws/posts lists: each real post once, the link out listed (the reader refuses it), nothing via up/out. */
export const WALKED_POSTS = ['a.post.md', 'evil.post.md', 'sub/b.post.md'];
