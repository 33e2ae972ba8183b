/**
 * The script the dev server adds to every page: reload when this page's
 * output changed, and show check messages in a dismissible overlay.
 */
export const clientScript = String.raw`(() => {
  // Under a base path (data-base="/repo"), output paths are below it.
  const base = document.currentScript?.dataset.base ?? '';
  // The output paths a URL of this site may be served from: /repo/a/ is a/index.html, /a is a or a/index.html.
  function outputsOf(url) {
    let pathname = url.pathname;
    try {
      pathname = decodeURIComponent(pathname);
    } catch {}
    const below = (base !== '' && pathname.startsWith(base + '/') ? pathname.slice(base.length) : pathname).replace(/^\/+/, '');
    return below === '' || below.endsWith('/') ? [below + 'index.html'] : [below, below + '/index.html'];
  }
  // This page, and the stylesheets and icon it links (the theme's, and the site's own theme/style.css).
  function shown() {
    const links = [...document.querySelectorAll('link[rel~="stylesheet"][href], link[rel~="icon"][href]')].map((link) => new URL(link.href));
    return [location, ...links.filter((url) => url.origin === location.origin)].flatMap(outputsOf);
  }
  const source = new EventSource('/__folio/events');
  source.addEventListener('reload', (event) => {
    const changed = new Set(JSON.parse(event.data));
    if (shown().some((path) => changed.has(path))) location.reload();
  });
  source.addEventListener('messages', (event) => show(JSON.parse(event.data)));
  function show(messages) {
    document.getElementById('folio-overlay')?.remove();
    if (messages.length === 0 || sessionStorage.getItem('folio-dismissed') === JSON.stringify(messages)) return;
    const box = document.createElement('aside');
    box.id = 'folio-overlay';
    box.setAttribute('role', 'status');
    box.style.cssText = 'position:fixed;bottom:1rem;right:1rem;max-width:40rem;max-height:50vh;overflow:auto;z-index:2147483647;background:#1b1b1b;color:#f5f5f5;font:13px/1.45 ui-monospace,monospace;padding:0.75rem 1rem;border-radius:6px;box-shadow:0 4px 24px rgba(0,0,0,.35)';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.style.cssText = 'float:right;margin-left:1rem';
    close.addEventListener('click', () => {
      sessionStorage.setItem('folio-dismissed', JSON.stringify(messages));
      box.remove();
    });
    box.append(close);
    for (const m of messages) {
      const line = document.createElement('div');
      line.textContent = m.file + ':' + m.line + ':' + m.column + ' ' + m.severity + ' ' + m.message + ' (' + m.ruleId + ')';
      line.style.color = m.severity === 'error' ? '#ff8a80' : '#ffd180';
      box.append(line);
    }
    document.body.append(box);
  }
})();
`;
