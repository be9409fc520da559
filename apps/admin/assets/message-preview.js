// Progressive enhancement only: without this file an email preview keeps its fixed height and
// scrolls inside itself. With it, each email preview is as tall as the email, so nothing is clipped.
const fit = (frame) => {
  const page = frame.contentDocument?.documentElement;
  if (!page) return;
  frame.style.height = '0px';
  frame.style.height = `${page.scrollHeight + 2}px`;
};
const frames = () => document.querySelectorAll('iframe.herald-email-preview');

// `load` does not bubble, but it reaches a capturing listener: this also covers previews that a script puts in later.
document.addEventListener('load', (event) => { if (event.target instanceof HTMLIFrameElement && event.target.matches('.herald-email-preview')) fit(event.target); }, true);
frames().forEach((frame) => { if (frame.contentDocument?.readyState === 'complete') fit(frame); });
let resizing = null;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => frames().forEach(fit), 100);
});
