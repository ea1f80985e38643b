// What rules may ask of a Japanese morphological analyser (kuromoji behind it; see server/src/morphology/).

export interface MorphToken {
  surface: string;
  /** UTF-16 offset of the token in the analysed text. */
  start: number;
  /** 品詞, 品詞細分類1..3 as IPADIC gives them, e.g. ['名詞','固有名詞','人名','姓']. */
  pos: [string, string, string, string];
  basic: string;
  reading?: string;
  /** 活用形 (conjugation form) as IPADIC gives it, e.g. '連用形', '仮定形'; absent for words that do not conjugate. */
  form?: string;
}

export interface Morphology {
  tokenize(text: string): MorphToken[];
  /** Names the dictionary and version that cut the tokens: data cut ahead of time by the same one may stand in. */
  readonly dictionary?: string;
  /**
   * Tokenizes `text` ahead of the rules, giving the event loop a turn every `sliceMs`, so the rules' own
   * synchronous tokenize(text) is a cache hit (a 100 KB post takes ~0.5 s to tokenize).
   */
  prepare?(text: string, sliceMs: number): Promise<void>;
}
