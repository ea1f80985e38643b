// Custom LSP requests of the preview, the approver's sheet and the posts overview (issue 12). Plain method names
// and types shared by client and server, like protocol.ts.

export interface PreviewParams {
  textDocument: { uri: string };
  /** When set, the answer includes the whole page (first load of a webview). */
  page?: { cspSource: string; nonce: string };
}

export interface PreviewPost {
  index: number;
  /** Exactly what X receives (the engine's post text). */
  text: string;
  /** Document offsets of the post region. */
  start: number;
  end: number;
  /** Copy / compose page allowed; otherwise the reasons (Japanese). */
  allowed: boolean;
  reasons: string[];
}

export interface PreviewResult {
  uri: string;
  version: number;
  /** The thread (renderThread); each image's src is `post-policy-image:N`, N indexing `images`. */
  html: string;
  /** The whole page around `html` when `page` was asked for. */
  page?: string;
  /** Absolute paths of the attached images that exist on disk. */
  images: string[];
  posts: PreviewPost[];
  bodyStart: number;
}

/** Request: the preview of an open post, rendered by the server from the engine's result. */
export const PREVIEW_REQUEST = 'postPolicy/preview';

/** Prefix of an image placeholder in PreviewResult.html; the client replaces it with webview.asWebviewUri. */
export const IMAGE_PLACEHOLDER = 'post-policy-image:';

export interface ReportParams {
  textDocument: { uri: string };
}

/** Request: the approver's sheet (self-contained HTML) for one post. */
export const REPORT_REQUEST = 'postPolicy/report';

export interface ReportResult {
  html: string;
}

export interface PostsSummaryParams {
  /** Post files (file: URIs); open ones are read from the editor's buffer. */
  uris: string[];
}

export interface PostSummary {
  uri: string;
  bucket: 'draft' | 'pending' | 'approved' | 'posted';
  status?: string;
  scheduled?: string;
  errors: number;
  warnings: number;
  /** Config problem preventing a lint (the file is listed as a draft). */
  configError?: string;
}

/** Request: status, schedule and finding counts of many posts, for the Explorer's posts view. */
export const POSTS_SUMMARY_REQUEST = 'postPolicy/postsSummary';
