// Progressive enhancement of /platform/dashboard: every few seconds, fetch the figures (an HTML
// fragment rendered by the admin) and swap them into the aria-live region, without a reload.
// Without JavaScript the page has a Refresh link. No inline script, so the CSP stays strict.
const REFRESH_MS = 5000;

const region = document.querySelector('[data-herald-live-figures]');
if (region && window.fetch && window.DOMParser) {
  const source = region.getAttribute('data-source');
  let busy = false;

  const versionOf = (element) => element?.querySelector('[data-version]')?.getAttribute('data-version') ?? null;

  const refresh = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const response = await fetch(source, { credentials: 'same-origin', headers: { Accept: 'text/html' }, redirect: 'manual' });
      // A redirect means the session ended: leave the page as it is (the Refresh link signs in again).
      if (!response.ok || response.type === 'opaqueredirect') return;
      const fragment = new DOMParser().parseFromString(await response.text(), 'text/html').body;
      const next = fragment.querySelector('[data-version]');
      if (!next || versionOf(region) === next.getAttribute('data-version')) return;
      // Never pull the figures out from under a keyboard user (an open table, a focused link).
      if (region.contains(document.activeElement) && document.activeElement !== region) return;
      region.replaceChildren(...fragment.childNodes);
    } catch {
      // Offline for a moment: the next tick tries again.
    } finally {
      busy = false;
    }
  };

  setInterval(refresh, REFRESH_MS);
}
