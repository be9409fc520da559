// Progressive enhancement for a bulk send's page: polls its figures every 2 seconds while it sends.
// Without JavaScript the page refreshes itself instead (see jobs/job.njk).
const root = document.getElementById('job-progress');
const POLL_MS = 2000;
const number = (value) => Number(value).toLocaleString('en-GB');

function show(job) {
  const set = (field, text) => {
    const element = root.querySelector(`[data-field="${field}"]`);
    if (element) element.textContent = text;
  };
  const bar = document.getElementById('job-progress-bar');
  bar.max = job.rowCount;
  bar.value = job.sent;
  bar.textContent = `${job.percentSent}%`;
  set('statusText', job.statusText);
  set('sentText', `${number(job.sent)} of ${number(job.rowCount)} sent`);
  set('percentText', `${job.percentSent}% sent`);
  set('delivered', number(job.delivered));
  set('failed', number(job.failed));
  set('pending', number(job.pending));
  if (job.complete) document.getElementById('refresh-hint')?.remove();
}

async function poll() {
  try {
    const response = await fetch(root.dataset.progressUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (response.ok) {
      const job = await response.json();
      show(job);
      if (job.complete) return;
    }
  } catch {
    // A missed poll is retried on the next tick.
  }
  setTimeout(poll, POLL_MS);
}

if (root && root.dataset.complete !== 'true') setTimeout(poll, POLL_MS);
