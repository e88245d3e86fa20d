/**
 * Styles live inside the closed shadow root only; the host itself gets `all: initial` inline so
 * page styles cannot reach in, and nothing here can leak out.
 */

export const HOST_STYLE =
  'all: initial !important; display: block !important; position: relative !important; ' +
  'visibility: visible !important; opacity: 1 !important; margin: 6px 0 !important; ' +
  'max-width: 640px !important; contain: content !important; z-index: auto !important;';

export const CSS = `
:host { all: initial; display: block; }
* { box-sizing: border-box; }
.lw {
  --bg: #fff8e6; --fg: #2b2100; --border: #b8860b; --accent: #8a5a00; --btn-bg: #ffffff; --btn-fg: #2b2100;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai", "Noto Sans Devanagari", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-left-width: 4px;
  border-radius: 8px; padding: 8px 10px; text-align: start; white-space: normal; word-break: break-word;
}
.lw.danger { --bg: #fdecec; --fg: #3a0000; --border: #c62828; --accent: #a01515; }
@media (prefers-color-scheme: dark) {
  .lw { --bg: #2e2610; --fg: #fbeec8; --border: #e0a526; --accent: #ffcf66; --btn-bg: #1d1a12; --btn-fg: #fbeec8; }
  .lw.danger { --bg: #3a1717; --fg: #ffe2e2; --border: #ff6b6b; --accent: #ff9b9b; --btn-bg: #241212; --btn-fg: #ffe2e2; }
}
.head { display: flex; align-items: center; gap: 6px; margin: 0 0 4px; font-weight: 700; font-size: 14px; color: var(--accent); }
.icon {
  display: inline-flex; align-items: center; justify-content: center; flex: none; width: 18px; height: 18px;
  border-radius: 50%; background: var(--accent); color: var(--bg); font-size: 13px; font-weight: 800; line-height: 1;
}
.intro { margin: 0 0 4px; }
ul { margin: 4px 0; padding-inline-start: 18px; }
li { margin: 2px 0; }
.excerpt { opacity: .85; font-style: italic; }
.thread { opacity: .8; font-size: 12px; }
.why { border-top: 1px solid var(--border); margin-top: 6px; padding-top: 6px; }
.why h3 { font-size: 13px; margin: 6px 0 2px; }
.local { font-size: 11px; opacity: .8; margin: 4px 0 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button {
  font: inherit; font-size: 12px; cursor: pointer; color: var(--btn-fg); background: var(--btn-bg);
  border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px; min-height: 28px;
}
button.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button:hover { filter: brightness(0.95); }
.done { font-size: 12px; margin: 6px 0 0; }
.lw.flash { animation: lw-flash 1.2s ease-out 2; }
@keyframes lw-flash { 0% { box-shadow: 0 0 0 0 var(--border); } 70% { box-shadow: 0 0 0 8px transparent; } 100% { box-shadow: none; } }
@media (prefers-reduced-motion: reduce) {
  .lw.flash { animation: none; outline: 3px solid var(--border); }
  * { transition: none !important; animation: none !important; }
}
`;
