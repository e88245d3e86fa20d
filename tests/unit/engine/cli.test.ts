import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scoreLines } from '../../../src/cli/score.ts';

describe('score CLI', () => {
  it('emits one line per input line in order, with errors for bad lines', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'So sorry, I typed the wrong number. Hope you dont mind!',
        thread: 't',
        turn: 1,
      }),
      'not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'see you at 7' }),
      JSON.stringify({
        id: 'e',
        text: 'Nice to meet you! I am Olivia from Miami, and you?',
        thread: 't',
        turn: 2,
      }),
      JSON.stringify({ id: 'f', text: 'add me on whatsapp, 3% per day guaranteed', direction: 'out' }),
    ].join('\n');
    const out = scoreLines(`${input}\n`).map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 'c', 'd', 'e', 'f']);
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].error).toMatch(/text/);
    expect(Object.keys(out[0]).sort()).toEqual(['families', 'id', 'level', 'reasons', 'score']);
    expect(out[3].level).toBe('none');
    expect(out[4].level).not.toBe('none'); // the thread gives the second message away
    expect(out[5].level).toBe('none');
  });

  it('orders a thread by turn, not by input order', () => {
    const lines = [
      JSON.stringify({ id: 2, text: 'Nice to meet you! I am Olivia from Miami', thread: 'x', turn: 2 }),
      JSON.stringify({ id: 1, text: 'So sorry, I typed the wrong number', thread: 'x', turn: 1 }),
    ].join('\n');
    const out = scoreLines(lines).map((l) => JSON.parse(l));
    expect(out[0].id).toBe(2);
    expect(out[0].level).not.toBe('none');
  });

  it('exits 2 with a clear message on an unreadable file', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/score.ts', '/nonexistent/file.jsonl'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
  });
});
