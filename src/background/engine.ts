import { analyzeThread } from '../engine/index.ts';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/messages.ts';
import { scoreItems } from '../shared/thread-context.ts';

/**
 * The rules engine for content scripts. It runs here, in the extension's own background context
 * (Chrome's service worker, Firefox's background page), so scoring costs the web page's main
 * thread nothing. Requests are stateless: each item carries the context the content script chose,
 * so a restarted service worker answers the next request as if nothing happened. The rules are
 * compiled lazily, on the first request after the background starts (`getEngine()` inside the
 * engine), not at start-up. Each item's messages are scored in blocks with a bounded context
 * (src/shared/thread-context.ts), as the scanner did on the page before; verdicts without a red
 * flag of the message's own travel as null.
 */
export function handleAnalyze(request: AnalyzeRequest): AnalyzeResponse {
  const t0 = performance.now();
  const verdicts = scoreItems((m) => analyzeThread(m, request.ctx), request.items);
  return { ok: true, verdicts, engineMs: performance.now() - t0 };
}
