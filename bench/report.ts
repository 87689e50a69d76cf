import { readFileSync, writeFileSync } from 'node:fs';

const README = new URL('./README.md', import.meta.url);

/** A Markdown table, numbers right-aligned (columns whose cells all start with a digit). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const numeric = header.map((_, column) => rows.every((row) => /^[\d.,-]/.test(row[column] ?? '')));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(numeric.map((right) => (right ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** Replaces what stands between `<!-- name:begin -->` and `<!-- name:end -->` in bench/README.md. */
export function replaceSection(name: string, content: string): void {
  const text = readFileSync(README, 'utf8');
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`bench/README.md has no ${begin} … ${end} section`);
  writeFileSync(README, `${text.slice(0, from + begin.length)}\n${content}\n${text.slice(to)}`);
}
