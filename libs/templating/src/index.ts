export { emailMarkdownToHtml, emailMarkdownToText, escapeHtml } from './email-markdown';
export { EmailRenderer, EmailToRender, findTemplatesDir, RenderedEmail } from './email-renderer';
export { fillPlaceholders, pythonString } from './fill-placeholders';
export { missingPersonalisation, Personalisation, Placeholder, placeholderKey, placeholdersIn } from './placeholders';
export { renderEmailBody, renderEmailSubject } from './render-email-text';
export { sanitisePersonalisation } from './sanitise-personalisation';
export { TemplatingModule } from './templating.module';
