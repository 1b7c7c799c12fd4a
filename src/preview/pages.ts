import type { Lang } from '../util/lang.js';
import type { WordedDiagnostic } from '../util/diagnostic.js';
import { say } from '../i18n/messages.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON for a <script type="application/json"> element: it cannot close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface IndexEntry {
  slug: string;
  file: string;
  number: string | null;
  title: string | null;
  unit: string | null;
  errors: number;
  warnings: number;
  total: string | null;
}

/** A SOP's state as the page script reads it (/state/<slug>.json). */
export interface PageState {
  slug: string;
  file: string;
  /** Absolute path, for the editor links. */
  absPath: string;
  /** Whether the form renders (false: YAML or schema problems). */
  rendered: boolean;
  /** Changes whenever an input changes: the page fetches the form again. */
  version: string;
  /** Each finding with the link that opens the file at its line in VS Code. */
  diagnostics: (Pick<WordedDiagnostic, 'line' | 'column' | 'severity' | 'ruleId' | 'message'> & { href: string })[];
  counts: { error: number; warn: number; info: number };
}

const STYLE = `
:root { font-family: system-ui, sans-serif; color: #1a1a1a; }
body { margin: 0; background: #e8e8e8; }
header { display: flex; gap: 1rem; align-items: center; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #ccc; position: sticky; top: 0; z-index: 2; }
header h1 { font-size: 1rem; margin: 0; flex: 1; }
main { padding: 1rem; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { cursor: pointer; background: #f4f4f4; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.n { text-align: right; }
input[type=search] { width: 20rem; padding: .3rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; align-items: start; }
.form { overflow-x: auto; }
.form iframe { width: 100%; border: 0; background: #e8e8e8; display: block; }
.form iframe[hidden] { display: none; }
[data-lint] { background: #fff; border: 1px solid #ccc; padding: .5rem .75rem; position: sticky; top: 3.5rem; max-height: calc(100vh - 5rem); overflow: auto; }
[data-lint] h2 { font-size: .95rem; margin: .25rem 0 .5rem; }
[data-lint] ol { padding-left: 0; list-style: none; margin: 0; }
[data-diagnostic] { border-left: 4px solid #999; padding: .25rem .5rem; margin-bottom: .4rem; font-size: .85rem; }
[data-severity=error] { border-color: #c62828; } [data-severity=warn] { border-color: #ef8f00; } [data-severity=info] { border-color: #1565c0; }
[data-diagnostic] .where { font-family: monospace; color: #555; }
.rule { color: #666; font-family: monospace; }
.broken { background: #fff3f3; border: 1px solid #c62828; padding: .5rem .75rem; margin-bottom: 1rem; }
#offline { display: none; background: #333; color: #fff; padding: .4rem 1rem; position: fixed; bottom: 0; left: 0; right: 0; }
body.offline #offline { display: block; }
`;

function shell(lang: Lang, title: string, nonce: string, header: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${header}</header>
<main>${body}</main>
<div id="offline" role="status">${escapeHtml(say(lang, 'previewDisconnected'))}</div>
<script nonce="${nonce}">${script}</script>
</body>
</html>
`;
}

/** The index: every SOP with its number, title, unit, finding counts and total time; sortable, filterable. */
export function indexPage(entries: readonly IndexEntry[], lang: Lang, nonce: string): string {
  const t = (id: string, data?: Record<string, string | number>) => escapeHtml(say(lang, id, data));
  const rows = entries
    .map(
      (e) => `<tr data-row="${escapeHtml(e.slug)}">` +
        `<td>${escapeHtml(e.number ?? '')}</td>` +
        `<td><a data-sop="${escapeHtml(e.slug)}" href="/sop/${encodeURIComponent(e.slug)}">${escapeHtml(e.title ?? e.file)}</a></td>` +
        `<td>${escapeHtml(e.unit ?? '')}</td>` +
        `<td class="n" data-errors>${e.errors}</td>` +
        `<td class="n" data-warnings>${e.warnings}</td>` +
        `<td>${escapeHtml(e.total ?? '-')}</td></tr>`,
    )
    .join('\n');
  const header = `<h1>${t('previewTitle')}</h1><input type="search" id="filter" placeholder="${t('previewSearch')}" aria-label="${t('previewSearch')}">`;
  const body = `<h2>${t('previewIndexHeading', { count: entries.length })}</h2>
<table data-index><thead><tr>${['previewColNomor', 'previewColNama', 'previewColUnit', 'previewColErrors', 'previewColWarnings', 'previewColTotal'].map((c, i) => `<th data-col="${i}">${t(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>`;
  return shell(lang, say(lang, 'previewTitle'), nonce, header, body, INDEX_SCRIPT);
}

/** A SOP's page: the form as `sop render` writes it, in a frame, and the findings panel (drawn by the page script from the state, on load and on every update). */
export function sopPage(state: PageState, title: string, lang: Lang, nonce: string): string {
  const t = (id: string, data?: Record<string, string | number>) => escapeHtml(say(lang, id, data));
  const header = `<a href="/">${t('previewBack')}</a><h1>${escapeHtml(title)}</h1><a data-pdf href="/pdf/${encodeURIComponent(state.slug)}.pdf">${t('previewPdf')}</a>`;
  const body = `<div class="layout">
<section class="form" data-form>
<div class="broken" data-broken${state.rendered ? ' hidden' : ''}>${t('previewNotRendered')}</div>
<iframe data-frame title="${escapeHtml(title)}" src="/form/${encodeURIComponent(state.slug)}.html?v=${encodeURIComponent(state.version)}"${state.rendered ? '' : ' hidden'}></iframe>
</section>
<aside data-lint></aside>
</div>
<script type="application/json" id="preview-state">${scriptJson(state)}</script>
<script type="application/json" id="preview-words">${scriptJson({ findings: say(lang, 'previewFindings', { count: '{count}' }), none: say(lang, 'previewNoFindings'), open: say(lang, 'previewOpenInEditor') })}</script>`;
  return shell(lang, title, nonce, header, body, PAGE_SCRIPT);
}

/** A link that opens the file at a line in VS Code. */
export function editorLink(absPath: string, line: number, column: number): string {
  return `vscode://file${encodeURI(absPath.split('\\').join('/').replace(/^(?!\/)/, '/'))}:${line}:${column}`;
}

/** Reconnecting to the event stream: the banner while the server is away, a refresh when it is back. */
const EVENTS_SCRIPT = `
function listen(onChange, onReconnect) {
  let lost = false;
  const source = new EventSource('/events');
  source.addEventListener('change', (e) => onChange(JSON.parse(e.data).slugs));
  source.addEventListener('open', () => { if (lost) { lost = false; document.body.classList.remove('offline'); onReconnect(); } });
  source.addEventListener('error', () => { lost = true; document.body.classList.add('offline'); });
}
`;

const INDEX_SCRIPT = `${EVENTS_SCRIPT}
const input = document.getElementById('filter');
const body = document.querySelector('[data-index] tbody');
input.addEventListener('input', () => {
  const q = input.value.trim().toLowerCase();
  for (const row of body.rows) row.hidden = q !== '' && !row.textContent.toLowerCase().includes(q);
});
for (const th of document.querySelectorAll('[data-index] th')) {
  th.addEventListener('click', () => {
    const col = Number(th.dataset.col);
    const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of document.querySelectorAll('[data-index] th')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    const rows = [...body.rows];
    const key = (r) => r.cells[col].textContent.trim();
    const numeric = rows.every((r) => /^\\d+$/.test(key(r)));
    rows.sort((a, b) => (numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'id', { numeric: true })) * (dir === 'ascending' ? 1 : -1));
    body.append(...rows);
  });
}
listen(() => location.reload(), () => location.reload());
`;

const PAGE_SCRIPT = `${EVENTS_SCRIPT}
let state = JSON.parse(document.getElementById('preview-state').textContent);
const words = JSON.parse(document.getElementById('preview-words').textContent);
const formBox = document.querySelector('[data-form]');
const broken = document.querySelector('[data-broken]');
const panel = document.querySelector('[data-lint]');
let frame = document.querySelector('[data-frame]');

function fit(f) {
  try {
    const root = f.contentDocument.documentElement;
    f.style.width = Math.max(formBox.clientWidth, root.scrollWidth) + 'px';
    f.style.height = root.scrollHeight + 'px';
  } catch (e) {}
}
function whenLaidOut(f, done) {
  const check = () => {
    const doc = f.contentDocument;
    if (doc && doc.documentElement && doc.documentElement.dataset.layout === 'done') { fit(f); done(); }
    else setTimeout(check, 20);
  };
  check();
}
if (!frame.hidden) frame.addEventListener('load', () => whenLaidOut(frame, () => {}));

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function renderPanel() {
  panel.replaceChildren(el('h2', {}, words.findings.replace('{count}', String(state.diagnostics.length))));
  if (!state.diagnostics.length) { panel.append(el('p', {}, words.none)); return; }
  const list = el('ol');
  for (const d of state.diagnostics) {
    const li = el('li', { 'data-diagnostic': '', 'data-rule': d.ruleId, 'data-severity': d.severity, 'data-line': String(d.line), 'data-column': String(d.column) });
    li.append(el('span', { class: 'where' }, d.line + ':' + d.column), ' ', el('span', { class: 'message' }, d.message), ' ', el('span', { class: 'rule' }, d.ruleId), ' ', el('a', { href: d.href }, words.open));
    list.append(li);
  }
  panel.append(list);
}

/**
 * The new form loads in a second frame, invisible beside the old one, and takes its place once laid
 * out: no flash, same scroll. It is never moved in the document (a moved frame loads again).
 */
function swapForm() {
  const next = el('iframe', { 'data-frame': '', title: frame.title, src: '/form/' + encodeURIComponent(state.slug) + '.html?v=' + encodeURIComponent(state.version) });
  next.style.position = 'absolute'; next.style.visibility = 'hidden'; next.style.left = '0'; next.style.top = '0';
  next.style.width = frame.style.width || (formBox.clientWidth + 'px');
  next.style.height = frame.style.height || '100px';
  formBox.style.position = 'relative';
  frame.after(next);
  next.addEventListener('load', () => whenLaidOut(next, () => {
    const x = window.scrollX, y = window.scrollY;
    const old = frame;
    frame = next;
    next.style.position = ''; next.style.visibility = ''; next.style.left = ''; next.style.top = '';
    fit(frame);
    old.remove();
    window.scrollTo(x, y);
    document.documentElement.dataset.previewVersion = state.version;
  }));
}

async function refresh() {
  const response = await fetch('/state/' + encodeURIComponent(state.slug) + '.json', { cache: 'no-store' });
  if (!response.ok) return;
  const next = await response.json();
  const changed = next.version !== state.version;
  state = next;
  renderPanel();
  broken.hidden = state.rendered;
  if (!state.rendered) { frame.hidden = true; document.documentElement.dataset.previewVersion = state.version; return; }
  if (changed || frame.hidden) { frame.hidden = false; swapForm(); }
}
renderPanel();
document.documentElement.dataset.previewVersion = state.version;
listen((slugs) => { if (slugs.includes(state.slug)) refresh(); }, refresh);
`;
