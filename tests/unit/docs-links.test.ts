import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every link between README and docs/ leads somewhere: a file that exists, and, with a #part,
 * a heading in it (GitHub's anchors: lower case, punctuation dropped, spaces to hyphens).
 * Links to the web are left alone.
 */
const ROOT = path.resolve(__dirname, '../..');
const FILES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function anchorsIn(file: string): Set<string> {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]!)));
}

function linksIn(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  const markdown = [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const html = [...text.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  return [...markdown, ...html].filter((l) => !/^[a-z]+:/i.test(l));
}

describe('README and docs/', () => {
  it('README is for a newcomer: at most 150 lines', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(150);
  });

  it('README links the guide, the rules and the architecture', () => {
    expect(linksIn('README.md')).toEqual(expect.arrayContaining(['docs/GUIDE.md', 'docs/RULES.md', 'docs/ARCHITECTURE.md']));
  });

  for (const file of FILES) {
    it(`${file}: every link and picture leads to a file and heading that exist`, () => {
      const broken: string[] = [];
      for (const link of linksIn(file)) {
        const [target, anchor] = link.split('#') as [string, string | undefined];
        const resolved = target ? path.normalize(path.join(path.dirname(file), target)) : file;
        if (!existsSync(path.join(ROOT, resolved))) broken.push(`${link}: no file ${resolved}`);
        else if (anchor && resolved.endsWith('.md') && !anchorsIn(resolved).has(anchor)) broken.push(`${link}: no heading #${anchor}`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('the check finds a missing file and a missing heading', () => {
    expect(anchorOf('Testing, and why the tests look the way they do')).toBe('testing-and-why-the-tests-look-the-way-they-do');
    expect(existsSync(path.join(ROOT, 'docs/NOPE.md'))).toBe(false);
    expect(anchorsIn('docs/ARCHITECTURE.md').has('no-such-heading')).toBe(false);
  });
});
