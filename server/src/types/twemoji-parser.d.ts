// twemoji-parser ships no typings: the one function engine/entities.ts uses (the emoji parseTweet weighs as one).
declare module 'twemoji-parser' {
  export interface EmojiEntity {
    type: string;
    text: string;
    url: string;
    indices: [number, number];
  }
  export function parse(text: string, options?: object): EmojiEntity[];
}
