/**
 * Pagination of the flowchart rows. Pure: the browser supplies measured heights (CSS px).
 * Every function here is serialised into the HTML's layout script with Function#toString, so it
 * must not reference anything outside itself except the other serialised layout functions.
 */

export interface PaginateOptions {
  /** Capacity of the first page when it differs (e.g. no connector band on page 1). */
  firstPageCapacity?: number;
  /** Height that must follow the last row on the last page ("Jumlah waktu" row, approval block). */
  trailingHeight?: number;
}

export interface PageSlice {
  /** Indexes of the rows on this page, in order. */
  rows: number[];
  /** Sum of the row heights on this page (without the trailing block). */
  used: number;
  /** True when the page carries the trailing block. */
  trailing: boolean;
  /** True when a single row is taller than the page (it is still never split). */
  overflow: boolean;
}

/**
 * Fills each page with whole rows as far as its capacity allows; rows are never split. The trailing
 * block stays with the last row: when it does not fit there, the last row moves to a new page with it
 * (or the block gets a page of its own when that row would then be alone and still not fit).
 */
export function paginate(rowHeights: readonly number[], pageCapacity: number, options: PaginateOptions = {}): PageSlice[] {
  const firstCap = options.firstPageCapacity ?? pageCapacity;
  const trailing = options.trailingHeight ?? 0;
  const capOf = (pageIndex: number) => (pageIndex === 0 ? firstCap : pageCapacity);
  const pages: PageSlice[] = [];
  let current: PageSlice = { rows: [], used: 0, trailing: false, overflow: false };
  const EPS = 0.01;
  for (let i = 0; i < rowHeights.length; i++) {
    const h = rowHeights[i]!;
    if (current.rows.length && current.used + h > capOf(pages.length) + EPS) {
      pages.push(current);
      current = { rows: [], used: 0, trailing: false, overflow: false };
    }
    current.rows.push(i);
    current.used += h;
    if (current.used > capOf(pages.length) + EPS) current.overflow = true;
  }
  pages.push(current);
  const last = pages[pages.length - 1]!;
  const lastIndex = pages.length - 1;
  if (last.used + trailing <= capOf(lastIndex) + EPS || (last.rows.length === 0)) {
    last.trailing = true;
    if (last.used + trailing > capOf(lastIndex) + EPS) last.overflow = true;
    return pages;
  }
  const lastRow = last.rows[last.rows.length - 1]!;
  const lastRowHeight = rowHeights[lastRow]!;
  if (last.rows.length > 1 && lastRowHeight + trailing <= pageCapacity + EPS) {
    last.rows.pop();
    last.used -= lastRowHeight;
    pages.push({ rows: [lastRow], used: lastRowHeight, trailing: true, overflow: false });
  } else {
    pages.push({ rows: [], used: 0, trailing: true, overflow: trailing > pageCapacity + EPS });
  }
  return pages;
}
