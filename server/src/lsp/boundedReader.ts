// Message readers that refuse an absurd Content-Length instead of waiting forever for its body. vscode-jsonrpc
// accepts any number (`Content-Length: 99999999999999999999`) and then swallows every later message as that
// body, so the server looks dead. Here such a header is reported and dropped, and reading resumes at the next one.
// The check is installed on the reader class itself so that vscode-languageserver keeps choosing the transport
// (and, on stdio, keeps its console redirection and exit when stdin closes).
import { ReadableStreamMessageReader } from 'vscode-languageserver/node';

/** Far above any real LSP message (a 100 KB post is well under 1 MB even as JSON). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The reader's internal state that the check needs (vscode-jsonrpc keeps it on the instance). */
interface ReaderState {
  nextMessageLength: number;
  fireError(error: unknown): void;
}

let installed = false;

export function boundContentLength(): void {
  if (installed) return;
  installed = true;
  const proto = ReadableStreamMessageReader.prototype as unknown as { onData(data: Buffer | string): void };
  const onData = proto.onData;
  proto.onData = function (this: ReaderState, data: Buffer | string) {
    onData.call(this, data);
    // The header was consumed and the reader now waits for a body it will never get: drop it and go on.
    while (this.nextMessageLength > MAX_MESSAGE_BYTES) {
      this.fireError(new Error(`Content-Length ${this.nextMessageLength} は上限 (${MAX_MESSAGE_BYTES} バイト) を超えるため無視しました`));
      this.nextMessageLength = -1;
      onData.call(this, Buffer.alloc(0));
    }
  };
}
