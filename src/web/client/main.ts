/**
 * Progressive enhancement only: every page works without this script.
 * - Sortable tables (table[data-sortable]): the header links sort in place
 *   instead of reloading; cells give their sort key in data-sort.
 * - Map zoom (svg[data-zoomable]): buttons to zoom and reset, and drag to pan.
 */

function sortTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    heads.forEach((th, index) => {
      const link = th.querySelector<HTMLAnchorElement>('a');
      if (!link) return;
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        const asc = th.getAttribute('aria-sort') !== 'ascending';
        for (const h of heads) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        if (!body) return;
        const key = (row: HTMLTableRowElement) => row.cells[index]?.dataset.sort ?? '';
        const rows = [...body.rows].sort((a, b) => {
          const x = key(a);
          const y = key(b);
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          const nx = Number(x);
          const ny = Number(y);
          const c =
            Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y, document.documentElement.lang);
          return asc ? c : -c;
        });
        body.append(...rows);
        history.replaceState(null, '', link.href);
      });
    });
  }
}

function zoomMaps(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-zoomable]')) {
    const base = svg.viewBox.baseVal;
    const home = { x: base.x, y: base.y, w: base.width, h: base.height };
    let v = { ...home };
    const apply = () => svg.setAttribute('viewBox', `${v.x} ${v.y} ${v.w} ${v.h}`);
    const zoom = (f: number) => {
      const cx = v.x + v.w / 2;
      const cy = v.y + v.h / 2;
      const w = Math.min(home.w, Math.max(home.w / 8, v.w * f));
      const h = (w / home.w) * home.h;
      v = { x: cx - w / 2, y: cy - h / 2, w, h };
      apply();
    };
    const bar = document.createElement('div');
    bar.className = 'map-zoom';
    const lang = document.documentElement.lang;
    const labels: [string, string, () => void][] = [
      ['+', lang === 'ru' ? 'Приблизить' : 'Zoom in', () => zoom(0.7)],
      ['−', lang === 'ru' ? 'Отдалить' : 'Zoom out', () => zoom(1 / 0.7)],
      ['⟲', lang === 'ru' ? 'Вся карта' : 'Whole map', () => ((v = { ...home }), apply())],
    ];
    for (const [text, label, fn] of labels) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.setAttribute('aria-label', label);
      b.title = label;
      b.addEventListener('click', fn);
      bar.append(b);
    }
    svg.after(bar);
    let drag: { x: number; y: number } | null = null;
    svg.addEventListener('pointerdown', (e) => {
      if ((e.target as Element).closest('a')) return;
      drag = { x: e.clientX, y: e.clientY };
    });
    svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      const k = v.w / svg.getBoundingClientRect().width;
      v = { ...v, x: v.x - (e.clientX - drag.x) * k, y: v.y - (e.clientY - drag.y) * k };
      drag = { x: e.clientX, y: e.clientY };
      apply();
    });
    const end = () => (drag = null);
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointerleave', end);
  }
}

sortTables();
zoomMaps();
