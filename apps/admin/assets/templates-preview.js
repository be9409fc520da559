// Progressive enhancement only: without this file the "Preview with these values" button reloads
// the page with the values. With it, the preview follows the values as they are typed.
const form = document.querySelector('form.herald-preview-values');
const preview = document.getElementById('template-preview');

if (form && preview) {
  let timer = null;
  let latest = 0;
  const refresh = async () => {
    const query = new URLSearchParams(new FormData(form)).toString();
    const request = ++latest;
    const response = await fetch(`${form.action.split('#')[0]}?${query}`, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
    if (!response.ok || request !== latest) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.getElementById('template-preview');
    if (fresh) preview.replaceChildren(...fresh.childNodes);
    history.replaceState(null, '', `?${query}`);
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh().catch(() => {}), 400);
  });
}
