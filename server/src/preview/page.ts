// The editor preview's whole page: a strict Content-Security-Policy (nothing remote; images only from the
// webview's own resource origin), VS Code theme colours, and one small script that talks to the extension.
import { escapeHtml, THREAD_CSS } from './render';

export interface PreviewPageOptions {
  /** The webview's resource origin (webview.cspSource): the only place images may come from. */
  cspSource: string;
  /** Nonce for the page's one <style> and one <script>. */
  nonce: string;
  title: string;
  /** Toolbar above the thread (投稿済みにする, 承認用の確認票を開く). */
  toolbar?: boolean;
}

/** The Content-Security-Policy of the preview: no default source, no remote content, no inline handlers. */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Theme colours: VS Code's CSS variables (set on every webview), with X's colours where a variable is missing. */
const THEME_CSS = `
:root{--pp-fg:var(--vscode-editor-foreground,#0f1419);--pp-bg:var(--vscode-editor-background,#fff);--pp-muted:var(--vscode-descriptionForeground,#536471);
--pp-border:var(--vscode-panel-border,#cfd9de);--pp-link:var(--vscode-textLink-foreground,#1d9bf0);--pp-accent:var(--vscode-focusBorder,#1d9bf0);
--pp-active-bg:var(--vscode-editor-lineHighlightBackground,rgba(29,155,240,.08));--pp-muted-bg:var(--vscode-editorWidget-background,#eff3f4);
--pp-error:var(--vscode-editorError-foreground,#f4212e);--pp-warning:var(--vscode-editorWarning-foreground,#ffad1f);--pp-info:var(--vscode-editorInfo-foreground,#1d9bf0)}
body{color:var(--pp-fg);background:var(--pp-bg);margin:0;padding:8px 4px 24px;
font-family:var(--vscode-font-family),"Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans CJK JP","Noto Sans JP","Yu Gothic UI","Meiryo",system-ui,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji"}
.pp-toolbar{display:flex;gap:8px;flex-wrap:wrap;align-items:center;padding:4px 16px 8px;border-bottom:1px solid var(--pp-border);margin-bottom:4px}
.pp-meta{color:var(--pp-muted);font-size:12px}
.pp-btn{font:inherit;font-size:12px;color:var(--vscode-button-secondaryForeground,#fff);background:var(--vscode-button-secondaryBackground,#536471);border:0;border-radius:2px;padding:3px 8px;cursor:pointer}
.pp-btn:hover{background:var(--vscode-button-secondaryHoverBackground,#3d4a53)}
.pp-btn[aria-disabled="true"]{opacity:.55}
.pp-actions{margin-left:auto;display:inline-flex;gap:6px}
.pp-blocked-reason{font-size:12px;color:var(--pp-error);margin:4px 0 0}
`;

/** Runs in the webview: clicks become messages to the extension; updates and cursor moves come back. */
const SCRIPT = `(function(){
const vscode=acquireVsCodeApi();
const root=document.getElementById('pp-root');
let cursor=-1;
function highlight(scroll){
  const thread=root.querySelector('.pp-thread');
  const bodyStart=thread?Number(thread.dataset.bodyStart):0;
  let active=null;
  for(const a of root.querySelectorAll('.pp-post')){if(cursor>=bodyStart&&Number(a.dataset.start)<=cursor)active=a;}
  for(const a of root.querySelectorAll('.pp-post'))a.classList.toggle('active',a===active);
  if(scroll&&active){const r=active.getBoundingClientRect();if(r.top<0||r.bottom>window.innerHeight)active.scrollIntoView({block:'nearest'});}
}
document.addEventListener('click',function(e){
  const t=e.target instanceof Element?e.target:null;if(!t)return;
  const btn=t.closest('[data-action]');
  if(btn){e.preventDefault();vscode.postMessage({type:btn.dataset.action,post:btn.dataset.post===undefined?undefined:Number(btn.dataset.post)});return;}
  const mark=t.closest('[data-offset]');
  if(mark){vscode.postMessage({type:'reveal',offset:Number(mark.dataset.offset),end:Number(mark.dataset.end)});}
});
window.addEventListener('message',function(e){
  const m=e.data||{};
  if(m.type==='update'){root.innerHTML=m.html;if(typeof m.cursor==='number')cursor=m.cursor;highlight(false);vscode.postMessage({type:'rendered',version:m.version});}
  else if(m.type==='cursor'){cursor=m.offset;highlight(true);}
});
highlight(false);
vscode.postMessage({type:'ready'});
})();`;

/** The whole preview page around a rendered thread (renderThread) and an optional toolbar. */
export function renderPreviewPage(body: string, options: PreviewPageOptions): string {
  const { nonce } = options;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${THEME_CSS}${THREAD_CSS}</style>
</head>
<body>
${options.toolbar ? toolbarHtml() : ''}<div id="pp-root">${body}</div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

function toolbarHtml(): string {
  return (
    `<div class="pp-toolbar">` +
    `<button type="button" class="pp-btn" data-action="posted">投稿済みにする</button>` +
    `<button type="button" class="pp-btn" data-action="report">承認用の確認票を開く</button>` +
    `</div>`
  );
}
