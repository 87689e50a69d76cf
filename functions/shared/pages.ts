import { escapeHtml } from '../../domain/templates/render-template.ts';

/** A minimal, self-contained HTML page for browsers: form posts and links clicked in emails. */
export function page(title: string, paragraphs: readonly string[], list: readonly string[] = []): string {
  const items =
    list.length > 0 ? `<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${items}
</body></html>`;
}
