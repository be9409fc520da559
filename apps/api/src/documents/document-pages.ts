/**
 * The download pages: server-rendered, accessible HTML in the GOV.UK Design System's
 * patterns (error summary, error message, button), working without JavaScript.
 */
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLES = `
body{margin:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;background:#fff}
.govuk-header{background:#0b0c0c;color:#fff;padding:10px 15px;font-weight:bold}
.govuk-width-container{max-width:960px;margin:0 15px;padding:30px 0}
.govuk-heading-l{font-size:36px;margin:0 0 30px}
.govuk-body{margin:0 0 20px}
.govuk-button{display:inline-block;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px;font-size:19px;text-decoration:none;cursor:pointer}
.govuk-button:focus,.govuk-input:focus,a:focus{outline:3px solid #fd0;outline-offset:0}
.govuk-form-group{margin-bottom:30px}
.govuk-form-group--error{border-left:5px solid #d4351c;padding-left:15px}
.govuk-label{display:block;font-weight:bold;margin-bottom:5px}
.govuk-input{font-size:19px;padding:5px;border:2px solid #0b0c0c;width:100%;max-width:30em;box-sizing:border-box}
.govuk-input--error{border-color:#d4351c}
.govuk-error-message{color:#d4351c;font-weight:bold;margin:0 0 15px}
.govuk-error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}
.govuk-error-summary__title{margin:0 0 15px;font-size:24px}
.govuk-error-summary a{color:#d4351c;font-weight:bold}
.govuk-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

function layout(title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<a href="#main-content" class="govuk-visually-hidden">Skip to main content</a>
<header class="govuk-header" role="banner">Herald: download a file</header>
<div class="govuk-width-container">
<main id="main-content" role="main">
${main}
</main>
</div>
</body>
</html>
`;
}

export interface DocumentPageFacts {
  readonly serviceName: string;
  readonly contactLink: string | null;
  readonly fileDescription: string;
  readonly availableUntil: string;
}

function contact(facts: DocumentPageFacts): string {
  if (!facts.contactLink) return '';
  const href = /^https?:\/\//.test(facts.contactLink)
    ? facts.contactLink
    : facts.contactLink.includes('@')
      ? `mailto:${facts.contactLink}`
      : `tel:${facts.contactLink}`;
  return `<p class="govuk-body">If you have any questions, contact ${escape(facts.serviceName)}: <a href="${escape(href)}">${escape(facts.contactLink)}</a>.</p>`;
}

export function downloadPage(facts: DocumentPageFacts, downloadHref: string): string {
  return layout(
    'You have a file to download',
    `<h1 class="govuk-heading-l">You have a file to download</h1>
<p class="govuk-body">${escape(facts.serviceName)} sent you a file: <strong>${escape(facts.fileDescription)}</strong>.</p>
<p class="govuk-body">You can download it until ${escape(facts.availableUntil)}.</p>
<a href="${escape(downloadHref)}" class="govuk-button" role="button" download>Download this file</a>
${contact(facts)}`,
  );
}

/** Asks for the recipient's email address; `error` shows the GOV.UK error summary and message. */
export function confirmEmailPage(facts: DocumentPageFacts, formAction: string, error?: { message: string; value: string }): string {
  const summary = error
    ? `<div class="govuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" data-module="govuk-error-summary">
<h2 class="govuk-error-summary__title" id="error-summary-title">There is a problem</h2>
<ul class="govuk-list govuk-error-summary__list"><li><a href="#email_address">${escape(error.message)}</a></li></ul>
</div>
`
    : '';
  const errorMessage = error
    ? `<p id="email_address-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escape(error.message)}</p>\n`
    : '';
  return layout(
    `${error ? 'Error: ' : ''}Confirm your email address`,
    `${summary}<h1 class="govuk-heading-l">Confirm your email address</h1>
<p class="govuk-body">${escape(facts.serviceName)} sent you a file: <strong>${escape(facts.fileDescription)}</strong>.</p>
<p class="govuk-body">To download it, enter the email address the file was sent to.</p>
<form method="post" action="${escape(formAction)}" novalidate>
<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
<label class="govuk-label" for="email_address">Email address</label>
${errorMessage}<input class="govuk-input${error ? ' govuk-input--error' : ''}" id="email_address" name="email_address" type="email" spellcheck="false" autocomplete="email"${error ? ' aria-describedby="email_address-error"' : ''} value="${escape(error?.value ?? '')}">
</div>
<button type="submit" class="govuk-button">Continue</button>
</form>
${contact(facts)}`,
  );
}

export function notFoundPage(): string {
  return layout(
    'Page not found',
    `<h1 class="govuk-heading-l">Page not found</h1>
<p class="govuk-body">If you typed the web address, check it is correct.</p>
<p class="govuk-body">If you pasted the web address, check you copied the entire address.</p>`,
  );
}

export function expiredPage(availableUntil: string): string {
  return layout(
    'The file is no longer available',
    `<h1 class="govuk-heading-l">The file is no longer available</h1>
<p class="govuk-body">The link you used was only valid until ${escape(availableUntil)}.</p>
<p class="govuk-body">Contact the service that sent you the email if you still need the file.</p>`,
  );
}

export function tooManyAttemptsPage(): string {
  return layout(
    'Too many attempts',
    `<h1 class="govuk-heading-l">Too many attempts</h1>
<p class="govuk-body">You have entered the wrong email address too many times. Try again in an hour.</p>`,
  );
}
