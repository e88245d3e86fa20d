// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldSpace, normaliseSpace, plainText } from '../../../src/content/sites/dom.ts';

describe('normaliseSpace', () => {
  test('folds spaces and line breaks; the shortcut gives the same text', () => {
    expect(normaliseSpace('  a\u00a0 b\t\tc \n\n\n\n d  ')).toBe('a b c\n\nd');
    expect(normaliseSpace(' plain text ')).toBe('plain text');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\f', '\v', 'é', '字'), {
          maxLength: 40,
        }),
        (parts) => {
          const s = parts.join('');
          expect(normaliseSpace(s)).toBe(foldSpace(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('plainText', () => {
  test('line breaks at <br> and blocks, skips scripts, buttons, svg and excluded parts', () => {
    const el = document.createElement('div');
    el.innerHTML =
      '<span>Hello<br>there</span><div>new block</div><script>x()</script><button>Reply</button>' +
      '<svg><text>icon</text></svg><blockquote class="quoted">old mail</blockquote><p>end</p>';
    // Two block boundaries in a row give an empty line, as innerText does between paragraphs.
    expect(plainText(el, ['.quoted'])).toBe('Hello\nthere\nnew block\n\nend');
  });
});
