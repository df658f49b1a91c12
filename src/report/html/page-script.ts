/**
 * The page's only script, written here in TypeScript and inlined with `Function#toString`, so it
 * is type-checked with the rest of the code yet needs no bundler. It must therefore reference
 * nothing outside its own body (a test runs it in isolation). The page's Content-Security-Policy
 * admits exactly this script by its hash; any script a hostile package smuggled in is refused.
 *
 * What it does: filter and sort findings tables; open the map, source or package a link points
 * at (they are collapsible `<details>`); set the findings filter from a treemap cell; move
 * between treemap cells with the arrow keys; open everything for printing. It reads package
 * text only through `dataset` and `value`, and writes only `textContent`, never HTML.
 *
 * The DOM is typed by the small interfaces below rather than by TypeScript's `dom` library,
 * which would add browser globals to every file of this Node program.
 */

/** The parts of an Element the script uses. */
export interface PageElement {
  readonly dataset: Record<string, string | undefined>;
  readonly tagName: string;
  readonly parentElement: PageElement | null;
  readonly children: ArrayLike<PageElement>;
  hidden: boolean;
  textContent: string | null;
  value: string;
  checked: boolean;
  open: boolean;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  addEventListener(type: string, listener: (event: PageEvent) => void): void;
  append(...nodes: PageElement[]): void;
  focus(options?: { preventScroll?: boolean }): void;
  scrollIntoView(options?: { block?: string }): void;
}

/** The parts of an Event the script uses. */
export interface PageEvent {
  readonly target: PageElement | null;
  readonly key?: string;
  preventDefault(): void;
}

/** The parts of `document` and `window` the script uses. */
export interface PageGlobals {
  readonly document: {
    getElementById(id: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    addEventListener(type: string, listener: (event: PageEvent) => void): void;
  };
  readonly window: {
    readonly location: { readonly hash: string };
    addEventListener(type: string, listener: (event: PageEvent) => void): void;
  };
}

/** The page behaviour; serialised into the page, so self-contained. */
export function pageScript({ document, window }: PageGlobals): void {
  const all = (root: { querySelectorAll(selector: string): ArrayLike<PageElement> }, selector: string): PageElement[] =>
    Array.from(root.querySelectorAll(selector));

  // A row's path and location are the text of its "Where" cell (no copy in attributes: pages
  // with thousands of findings stay small).
  const whereOf = (row: PageElement): string => row.querySelector('td.where')?.textContent ?? '';
  const pathOf = (row: PageElement): string => row.querySelector('td.where code.path')?.textContent ?? '';

  /** Show the rows of one findings section that pass its filters. */
  const applyFilters = (section: PageElement): void => {
    const severities = new Set(
      all(section, '[data-filter-sev]')
        .filter((box) => box.checked)
        .map((box) => box.dataset.filterSev),
    );
    const suppressedBox = section.querySelector('[data-filter-suppressed]');
    const showSuppressed = suppressedBox?.checked;
    const rule = section.querySelector('[data-filter-rule]')?.value ?? '';
    const pathInput = section.querySelector('[data-filter-path]');
    const path = (pathInput?.value ?? '').toLowerCase();
    const exact = pathInput?.dataset.exact === 'true';
    const rows = all(section, 'tbody tr');
    let shown = 0;
    for (const row of rows) {
      const visible =
        severities.has(row.dataset.sev) &&
        (row.dataset.suppressed === undefined || showSuppressed) &&
        (rule === '' || row.dataset.rule === rule) &&
        (path === '' || (exact ? pathOf(row).toLowerCase() === path : whereOf(row).toLowerCase().includes(path)));
      row.hidden = !visible;
      if (visible) shown++;
    }
    const output = section.querySelector('[data-filter-count]');
    if (output) output.textContent = `Showing ${shown} of ${rows.length} findings`;
  };

  /** Sort a findings table by a column; a second click reverses. */
  const sortBy = (button: PageElement): void => {
    const table = button.closest('table');
    const header = button.closest('th');
    const body = table?.querySelector('tbody');
    if (!table || !header || !body) return;
    const key = button.dataset.sort ?? 'sev';
    const ascending = header.getAttribute('aria-sort') !== 'ascending';
    for (const th of all(table, 'th')) th.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const value = (row: PageElement): string => (key === 'sev' ? row.dataset.rank : key === 'rule' ? row.dataset.rule : whereOf(row)) ?? '';
    const rows = all(body, 'tr');
    rows.sort(
      (a, b) =>
        (ascending ? 1 : -1) * value(a).localeCompare(value(b), 'en', { numeric: true }) || Number(a.dataset.i) - Number(b.dataset.i),
    );
    body.append(...rows);
  };

  /** Open every `<details>` around the element with `id`, so a link always lands on something visible. */
  const reveal = (id: string): PageElement | null => {
    const target = id ? document.getElementById(id) : null;
    for (let node = target; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
    return target;
  };

  /** A link that also sets the filters of the findings section it points at. */
  const filterFrom = (link: PageElement, section: PageElement): void => {
    const pathInput = section.querySelector('[data-filter-path]');
    const ruleSelect = section.querySelector('[data-filter-rule]');
    if (pathInput) {
      pathInput.value = link.dataset.file ?? '';
      pathInput.dataset.exact = link.dataset.file === undefined ? 'false' : 'true';
    }
    if (ruleSelect) ruleSelect.value = link.dataset.filterRule ?? '';
    for (const box of all(section, '[data-filter-sev]')) box.checked = true;
    applyFilters(section);
  };

  for (const section of all(document, '[data-findings]')) {
    const form = section.querySelector('form');
    form?.addEventListener('input', (event) => {
      if (event.target?.dataset.filterPath !== undefined) event.target.dataset.exact = 'false';
      applyFilters(section);
    });
    form?.addEventListener('change', () => applyFilters(section));
    form?.addEventListener('submit', (event) => event.preventDefault());
    // `reset` fires before the form's fields are reset: filter once they are.
    form?.addEventListener('reset', () => setTimeout(() => applyFilters(section), 0));
    for (const [index, row] of all(section, 'tbody tr').entries()) row.setAttribute('data-i', String(index));
    for (const button of all(section, 'th button')) button.addEventListener('click', () => sortBy(button));
  }

  document.addEventListener('click', (event) => {
    const link = event.target?.closest('a[href^="#"]');
    if (!link) return;
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    const target = reveal(id);
    if (target && target.dataset.findings !== undefined && (link.dataset.file !== undefined || link.dataset.filterRule !== undefined))
      filterFrom(link, target);
  });

  // Arrow keys move between the focusable cells of a treemap, in document order.
  document.addEventListener('keydown', (event) => {
    const cell = event.target?.closest('.treemap a.cell');
    const map = cell?.closest('.treemap');
    if (!cell || !map || !['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(event.key ?? '')) return;
    const cells = all(map, 'a.cell');
    const at = cells.indexOf(cell);
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    const next =
      event.key === 'Home'
        ? cells[0]
        : event.key === 'End'
          ? cells[cells.length - 1]
          : cells[Math.min(cells.length - 1, Math.max(0, at + (forward ? 1 : -1)))];
    event.preventDefault();
    next?.focus();
  });

  const openHash = (): void => {
    reveal(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: 'start' });
  };
  window.addEventListener('hashchange', openHash);
  openHash();

  // Print everything but source text: collapsed maps and packages open for the printout, then close again.
  let closed: PageElement[] = [];
  window.addEventListener('beforeprint', () => {
    closed = all(document, 'details:not([open]):not(.source-text)');
    for (const details of closed) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of closed) details.open = false;
    closed = [];
  });
}
