/**
 * The in-browser part of the layout, serialised into the HTML with Function#toString (see html.ts).
 * It measures the rows in the real browser, paginates them into page boxes, routes the arrows with
 * the pure functions of ./layout (passed in as `lib`, never imported here: a bundler may rename
 * imports) and draws the SVG. It must reference nothing outside its own body but `lib` and `doc`.
 */
import type { paginate as Paginate } from './layout/paginate.js';
import type { routeEdges as RouteEdges } from './layout/route.js';
import type { planPages as PlanPages } from './layout/pages.js';

export interface LayoutLib {
  paginate: typeof Paginate;
  routeEdges: typeof RouteEdges;
  planPages: typeof PlanPages;
}

export function runLayout(lib: LayoutLib, doc: Document): void {
  const SVG = 'http://www.w3.org/2000/svg';
  const html = doc.documentElement;
  try {
    const data = JSON.parse(doc.getElementById('sop-layout-data')!.textContent!) as {
      steps: Array<{ number: number; column: number; symbol: 'mulai' | 'proses' | 'keputusan' | 'selesai' }>;
      edges: Array<{ from: number; to: number; label: string | null }>;
      ends?: Array<{ from: number; label: string | null }>;
      actorCount: number;
      symbolText: { mulai: string; selesai: string };
    };
    // Problems that lose content in print (reported by the PDF side): codes, e.g. "identitas", "baris:3".
    const problems: string[] = [];

    // The identity page is one sheet: long lists are scaled down (to 70 %) before giving up.
    const idBody = doc.querySelector('section.identitas .page-body') as HTMLElement | null;
    if (idBody) {
      const parts = Array.from(idBody.children) as HTMLElement[];
      const fits = () => idBody.scrollHeight <= idBody.clientHeight + 1;
      for (let zoom = 0.96; !fits() && zoom >= 0.7; zoom -= 0.04) for (const part of parts) part.style.zoom = String(Math.round(zoom * 100) / 100);
      if (!fits()) problems.push('identitas');
    }

    const source = doc.querySelector('section[data-flow-source]') as HTMLElement;
    const body = source.querySelector('.page-body') as HTMLElement;
    const table = source.querySelector('table.flow') as HTMLTableElement;
    const rows = Array.from(table.querySelectorAll('tbody > tr[data-step]')) as HTMLElement[];
    const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
    const theadH = h(table.tHead);
    const bandRow = table.querySelector('tr.band') as HTMLElement;
    const topBandH = h(bandRow);
    const bottomBand = source.querySelector('.bottom-band') as HTMLElement;
    const bottomBandH = h(bottomBand);
    const totalH = h(table.querySelector('tr.jumlah'));
    const approval = source.querySelector('.approval-end');
    const approvalH = approval ? h(approval) : 0;
    const bodyH = body.getBoundingClientRect().height;
    const SAFETY = 3; // borders collapse into neighbouring rows; keep a little slack
    const capFirst = bodyH - theadH - bottomBandH - SAFETY;
    const capOther = capFirst - topBandH;
    const heights = rows.map((r) => h(r));
    const slices = lib.paginate(heights, capOther, { firstPageCapacity: capFirst, trailingHeight: totalH + approvalH });
    const stepNumbers = rows.map((r) => Number(r.getAttribute('data-step')));
    const pages = slices.map((s) => s.rows.map((i) => stepNumbers[i]!));
    const plans = lib.planPages(pages, data.steps, data.edges, data.ends ?? []);

    // Build one page box per slice from the measured source page. The step rows are taken out of
    // the source first and each moved into its page: copying the whole table per page would cost
    // pages × steps (a 5,000-step SOP spent most of its layout there).
    const rowParent = rows.length ? (rows[0]!.parentElement as HTMLElement) : null;
    const rowParentPath: number[] = [];
    for (let el: Element | null = rowParent; el && el !== source; el = el.parentElement) rowParentPath.unshift(Array.prototype.indexOf.call(el.parentElement!.children, el));
    const anchor = rows.length ? rows[rows.length - 1]!.nextElementSibling : null;
    for (const r of rows) r.remove();
    const anchorIndex = anchor && rowParent ? Array.prototype.indexOf.call(rowParent.children, anchor) : -1;
    const pageEls: HTMLElement[] = [];
    slices.forEach((slice, k) => {
      const page = source.cloneNode(true) as HTMLElement;
      page.removeAttribute('data-flow-source');
      if (rowParent) {
        let parent: Element = page;
        for (const i of rowParentPath) parent = parent.children[i]!;
        const ref = anchorIndex >= 0 ? parent.children[anchorIndex]! : null;
        for (const i of slice.rows) parent.insertBefore(rows[i]!, ref);
      }
      const band = page.querySelector('tr.band');
      if (band && !plans[k]!.needsTopBand) band.remove();
      const last = k === slices.length - 1;
      if (!slice.trailing) page.querySelector('tr.jumlah')?.remove();
      if (!last || !slice.trailing) page.querySelector('.approval-end')?.remove();
      if (!plans[k]!.needsBottomBand) page.querySelector('.bottom-band')?.classList.add('empty');
      if (slice.overflow) {
        page.setAttribute('data-overflow', 'true');
        for (const i of slice.rows) if (heights[i]! > capOther) problems.push('baris:' + stepNumbers[i]);
      }
      source.parentNode!.insertBefore(page, source);
      pageEls.push(page);
    });
    source.remove();

    // Keterangan cells spanning rows (rowspan): each page holds the part of the span printed on it,
    // the first as the original cell, every later one as a copy marked data-remarks-continued.
    const pageOfStep = new Map<number, number>();
    slices.forEach((slice, k) => slice.rows.forEach((i) => pageOfStep.set(stepNumbers[i]!, k)));
    for (const page of pageEls) {
      for (const cell of Array.from(page.querySelectorAll('td.remarks[rowspan]:not([data-remarks-continued])')) as HTMLElement[]) {
        const span = Number(cell.getAttribute('rowspan'));
        if (!(span > 1)) continue;
        const from = Number(cell.getAttribute('data-remarks-from'));
        const groups: Array<{ page: number; steps: number[] }> = [];
        for (let n = from; n < from + span; n++) {
          const k = pageOfStep.get(n);
          if (k === undefined) continue;
          const last = groups[groups.length - 1];
          if (last && last.page === k) last.steps.push(n);
          else groups.push({ page: k, steps: [n] });
        }
        groups.forEach((g, i) => {
          if (i === 0) {
            cell.setAttribute('rowspan', String(g.steps.length));
            return;
          }
          const row = pageEls[g.page]!.querySelector('tbody > tr[data-step="' + g.steps[0] + '"]')!;
          const copy = cell.cloneNode(true) as HTMLElement;
          copy.setAttribute('rowspan', String(g.steps.length));
          copy.setAttribute('data-remarks-continued', 'true');
          row.appendChild(copy);
        });
      }
    }

    // Page numbers and footers on every page (identity page included).
    const all = Array.from(doc.querySelectorAll('section.page')) as HTMLElement[];
    all.forEach((p, i) => {
      p.setAttribute('data-page', String(i + 1));
      const no = p.querySelector('.page-no');
      if (no) no.textContent = 'Halaman ' + (i + 1) + ' dari ' + all.length;
    });

    // Symbols and arrows.
    pageEls.forEach((page, k) => {
      const plan = plans[k]!;
      const box = page.querySelector('.flow-box') as HTMLElement;
      const origin = box.getBoundingClientRect();
      const rel = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top };
      };
      const actorCells = Array.from(page.querySelectorAll('thead th[data-actor]'));
      const columns = actorCells.map((c) => {
        const r = rel(c);
        return { left: r.left, right: r.right };
      });
      const stepBy = new Map(data.steps.map((s) => [s.number, s]));
      const gridRows = plan.steps.map((n) => {
        const r = rel(page.querySelector('tbody > tr[data-step="' + n + '"]')!);
        const s = stepBy.get(n)!;
        return { top: r.top, bottom: r.bottom, column: s.column, symbol: s.symbol, step: n };
      });
      const band = page.querySelector('tr.band');
      const bb = page.querySelector('.bottom-band:not(.empty)');
      const minCol = Math.min(...columns.map((c) => c.right - c.left));
      // Narrow columns (10+ actors) get narrower symbols, so that a lane still fits beside them,
      // but never narrower than 30px (a capsule still holds a legible "Selesai").
      const symW = Math.max(30, Math.min(56, Math.floor(minCol - 2 * 15)));
      const svg = doc.createElementNS(SVG, 'svg');
      svg.setAttribute('class', 'flow-svg');
      svg.setAttribute('width', String(box.offsetWidth));
      svg.setAttribute('height', String(box.offsetHeight));
      svg.setAttribute('viewBox', '0 0 ' + box.offsetWidth + ' ' + box.offsetHeight);
      box.appendChild(svg);
      const el = (name: string, attrs: Record<string, string | number>, parent: Element = svg) => {
        const e = doc.createElementNS(SVG, name);
        for (const key of Object.keys(attrs)) e.setAttribute(key, String(attrs[key]));
        parent.appendChild(e);
        return e;
      };
      // Branch labels as printed: one line, and (with a space) two lines broken nearest the middle.
      const labelSizes: Record<string, Array<{ lines: string[]; width: number; height: number }>> = {};
      const probe = el('text', { class: 'branch-label', x: 0, y: 0 }) as SVGTextElement;
      const fontPx = parseFloat(getComputedStyle(probe).fontSize) || 9.33;
      const lineH = Math.ceil(fontPx * 1.2 * 100) / 100;
      const widthOf = (text: string) => {
        probe.textContent = text;
        // The drawn glyphs (italic ones lean past the advance width), and a pixel to spare.
        const drawn = Math.max(probe.getComputedTextLength(), probe.getBoundingClientRect().width);
        return Math.ceil((drawn + 1.5) * 100) / 100;
      };
      for (const edge of plan.edges) {
        const label = edge.label;
        if (!label || labelSizes[label]) continue;
        const variants = [{ lines: [label], width: widthOf(label), height: lineH }];
        const words = label.split(' ');
        if (words.length > 1) {
          let bestSplit: string[] | null = null;
          let bestW = Infinity;
          for (let i = 1; i < words.length; i++) {
            const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
            const w = Math.max(widthOf(lines[0]!), widthOf(lines[1]!));
            if (w < bestW) {
              bestW = w;
              bestSplit = lines;
            }
          }
          if (bestSplit) variants.push({ lines: bestSplit, width: bestW, height: 2 * lineH });
        }
        labelSizes[label] = variants;
      }
      probe.remove();
      const grid = {
        columns,
        rows: gridRows,
        topBand: band ? { top: rel(band).top, bottom: rel(band).bottom } : null,
        bottomBand: bb ? { top: rel(bb).top, bottom: rel(bb).bottom } : null,
        symbol: { width: symW, height: 22, diamondHeight: 32 },
        connector: { width: 18, height: 20 },
        labels: labelSizes,
      };
      const routed = lib.routeEdges(grid, plan.edges);
      const r2 = (n: number) => Math.round(n * 100) / 100;
      for (const p of routed.paths) {
        if (p.points.some((pt) => !Number.isFinite(pt[0]) || !Number.isFinite(pt[1]))) {
          throw new Error('arrow ' + p.from + '→' + p.to + ' could not be routed');
        }
        // The polyline, with a half circle over each hop (bulging up, or right on a vertical line).
        let d = 'M' + r2(p.points[0]![0]) + ' ' + r2(p.points[0]![1]);
        for (let i = 1; i < p.points.length; i++) {
          const a = p.points[i - 1]!;
          const b = p.points[i]!;
          for (const hop of p.hops) {
            if (hop.segment !== i) continue;
            const vertical = Math.abs(a[0] - b[0]) < 0.01;
            const forward = vertical ? b[1] > a[1] : b[0] > a[0];
            const radius = r2(Math.abs(vertical ? hop.b[1] - hop.a[1] : hop.b[0] - hop.a[0]) / 2);
            // Screen coordinates: sweep 1 is clockwise; rightwards (or downwards) that bulges up (right).
            const sweep = forward ? 1 : 0;
            d += ' L' + r2(hop.a[0]) + ' ' + r2(hop.a[1]) + ' A' + radius + ' ' + radius + ' 0 0 ' + sweep + ' ' + r2(hop.b[0]) + ' ' + r2(hop.b[1]);
          }
          d += ' L' + r2(b[0]) + ' ' + r2(b[1]);
        }
        const to = p.to === 0 ? 'selesai' : String(p.to);
        const attrs: Record<string, string | number> = { class: 'arrow', d, 'data-from': p.from, 'data-to': to };
        if (p.head) attrs['marker-end'] = 'url(#sop-arrow)';
        if (p.label) attrs['data-label'] = p.label;
        if (p.opc) attrs['data-opc'] = p.opc;
        if (p.hops.length) attrs['data-hops'] = p.hops.length;
        if (routed.paths.some((q) => q !== p && q.merge === p.merge)) attrs['data-merge'] = p.merge;
        if (!p.clean) attrs['data-crowded'] = 'true';
        el('path', attrs);
        if (p.label && p.labelBox) {
          const lb = p.labelBox;
          const t = el('text', { class: 'branch-label', x: r2(lb.x), y: r2(lb.y), 'data-label-for': p.from + '>' + to });
          if (!p.labelClean) t.setAttribute('data-crowded', 'true');
          p.labelLines.forEach((line, i) => {
            // Each line's box starts at its top: the baseline sits one ascent (0.9 em) below it.
            const span = el('tspan', { x: r2(lb.x), y: r2(lb.y + i * lineH + (lineH - fontPx) / 2 + fontPx * 0.9) }, t);
            span.textContent = line;
          });
        }
      }
      for (const s of routed.symbols) {
        const b = s.box;
        const actor = actorCells[s.column]!.getAttribute('data-actor')!;
        const g = s.branchEnd
          ? el('g', { class: 'symbol symbol-selesai symbol-end-branch', 'data-end-of': s.step, 'data-actor': actor, 'data-symbol': 'selesai' })
          : el('g', { class: 'symbol symbol-' + s.kind, 'data-step': s.step, 'data-actor': actor, 'data-symbol': s.kind });
        if (s.kind === 'keputusan') {
          const cx = b.x + b.width / 2;
          const cy = b.y + b.height / 2;
          el('polygon', { class: 'shape', points: [[cx, b.y], [b.x + b.width, cy], [cx, b.y + b.height], [b.x, cy]].map((q) => r2(q[0]!) + ',' + r2(q[1]!)).join(' ') }, g);
        } else {
          el('rect', { class: 'shape', x: r2(b.x), y: r2(b.y), width: r2(b.width), height: r2(b.height), rx: s.kind === 'proses' ? 0 : r2(b.height / 2) }, g);
        }
        if (s.kind === 'mulai' || s.kind === 'selesai') {
          const t = el('text', { class: 'symbol-text', x: r2(b.x + b.width / 2), y: r2(b.y + b.height / 2), 'text-anchor': 'middle', 'dominant-baseline': 'central' }, g);
          // A narrow capsule (many actors) keeps its word inside: "Selesai" is about 4.2 font sizes wide.
          if (b.width < 36) t.setAttribute('style', 'font-size:' + r2(Math.max(5.5, (b.width - 3) / 4.2)) + 'px');
          t.textContent = data.symbolText[s.kind];
        }
      }
      for (const c of routed.connectors) {
        const b = c.box;
        const cx = b.x + b.width / 2;
        const g = el('g', { class: 'connector', 'data-opc': c.letter, 'data-direction': c.direction });
        const pts = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height * 0.6], [cx, b.y + b.height], [b.x, b.y + b.height * 0.6]];
        el('polygon', { class: 'shape', points: pts.map((q) => r2(q[0]!) + ',' + r2(q[1]!)).join(' ') }, g);
        const t = el('text', { class: 'connector-text', x: r2(cx), y: r2(b.y + b.height * 0.36), 'text-anchor': 'middle', 'dominant-baseline': 'central' }, g);
        t.textContent = c.letter;
      }
    });
    if (problems.length) html.setAttribute('data-layout-problems', problems.join(' '));
    html.setAttribute('data-layout', 'done');
  } catch (err) {
    html.setAttribute('data-layout', 'error');
    html.setAttribute('data-layout-error', String(err && (err as Error).stack ? (err as Error).stack : err));
  }
}
