const IS_EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Curly quotes, as Notify's smartypants does, leaving email addresses alone. */
function smartQuotes(text: string): string {
  const parts = text.split(/([^\s@]+@[^\s@]+\.[^\s@]+)/);
  return parts
    .map((part, index) =>
      index % 2 === 1 && IS_EMAIL_ADDRESS.test(part)
        ? part
        : part
            .replace(/(^|[\s([{“‘-])"/g, '$1“')
            .replace(/"/g, '”')
            .replace(/(^|[\s([{“‘-])'/g, '$1‘')
            .replace(/'/g, '’'),
    )
    .join('');
}

/** Notify's typography: no space before , or ., curly quotes, and an en dash for a spaced hyphen. */
export function applyTypography(text: string): string {
  return smartQuotes(text.replace(/[ \t]+([,.])/g, '$1')).replace(/(\s)[-–—](\s)/g, '$1–$2');
}

export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();
