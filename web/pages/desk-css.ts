import { createHash } from 'node:crypto';

/**
 * The one stylesheet of every page: a file (`/static/desk.css`) beside the form, and the same text
 * in a `<style>` element of the pages the API renders (allowed by its hash, never 'unsafe-inline').
 * Colours keep at least 4.5:1 against their background; focus is a thick yellow-and-black outline.
 */
export const DESK_CSS = `:root{color-scheme:light;--text:#1b1b1b;--muted:#4a4a4a;--link:#0b4f9c;--error:#b3261e;--line:#6b6b6b;--focus:#ffbf47}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff;max-width:44rem;margin:0 auto;padding:1rem 1rem 3rem;line-height:1.5;font-size:1.0625rem}
a{color:var(--link)}
a:focus,button:focus,input:focus,select:focus,textarea:focus,[tabindex="-1"]:focus{outline:3px solid var(--focus);outline-offset:0;box-shadow:0 0 0 6px var(--text)}
a:focus{background:var(--focus);color:var(--text)}
.languages ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:flex-end}
.languages [aria-current]{font-weight:700;color:var(--text);text-decoration:none}
h1{font-size:1.75rem;line-height:1.25;margin:1rem 0}
fieldset{border:0;padding:0;margin:1.5rem 0 0}
legend{font-weight:700;font-size:1.25rem;padding:0;margin-bottom:.5rem}
label,.label{display:block;font-weight:600;margin-top:1rem}
.hint{display:block;color:var(--muted);font-weight:400;margin:.125rem 0 .25rem}
.optional{font-weight:400;color:var(--muted)}
input,select,textarea{display:block;width:100%;padding:.5rem;font:inherit;color:var(--text);background:#fff;border:2px solid var(--line);border-radius:0}
textarea{min-height:10rem}
.choices{margin:0}
.choice{display:grid;grid-template-columns:1.5rem 1fr;gap:0 .5rem;align-items:start;margin:.5rem 0}
.choice input{width:1.25rem;height:1.25rem;margin:.2rem 0 0;grid-row:span 2}
.choice label{margin:0}
.choice .hint{margin:0}
.field-error{display:block;color:var(--error);font-weight:700;margin:.25rem 0}
.invalid input,.invalid select,.invalid textarea{border-color:var(--error);border-width:3px}
.error-summary{border:4px solid var(--error);padding:1rem;margin:1rem 0}
.error-summary h2{margin-top:0;font-size:1.25rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:var(--error);font-weight:700}
.notice{margin-top:1.5rem;color:var(--muted)}
button{margin-top:1.5rem;padding:.6rem 1.4rem;font:inherit;font-weight:700;color:#fff;background:#00703c;border:2px solid #00703c;cursor:pointer}
button[disabled]{background:#4a4a4a;border-color:#4a4a4a;cursor:progress}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
[hidden]{display:none!important}
.panel{border-left:6px solid #00703c;padding:.25rem 0 .25rem 1rem;margin:1rem 0}
.reference{font-weight:700;font-size:1.25rem;letter-spacing:.05em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.message{border-top:1px solid var(--line);padding-top:.5rem;margin-top:1rem}
.message pre{white-space:pre-wrap;font:inherit;margin:.25rem 0}
.download{display:inline-block;margin-top:.5rem;padding:.6rem 1.4rem;font-weight:700;color:#fff;background:#00703c;text-decoration:none}
.download:focus{color:var(--text)}
`;

/** The CSP source that admits exactly this stylesheet inline. */
export const DESK_CSS_HASH = `'sha256-${createHash('sha256').update(DESK_CSS).digest('base64')}'`;
